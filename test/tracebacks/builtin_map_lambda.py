data = [1, 2, "3"]
doubled = list(map(lambda x: x * 2 + 1, data))
