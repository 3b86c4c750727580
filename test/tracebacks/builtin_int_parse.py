line = "10, 20, x"
nums = [int(part) for part in line.split(", ")]
