# expect: error RecursionError
x = iter(range(10))
for i in range(100000):
    x = map(abs, x)
next(x)
