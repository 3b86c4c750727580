def g():
    yield 1
    raise ValueError("gen")
for v in g():
    print(v)
