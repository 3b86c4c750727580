def f():
    return sum(x * 2 for x in [1, None])
f()
