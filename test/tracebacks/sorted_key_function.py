def key(item):
    return item[1]

pairs = [(1, "b"), (2,)]
print(sorted(pairs, key=key))
