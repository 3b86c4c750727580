def read_records(lines):
    for line in lines:
        name, value = line.split("=")
        yield name, int(value)

for name, value in read_records(["a=1", "b=2", "c"]):
    print(name, value)
