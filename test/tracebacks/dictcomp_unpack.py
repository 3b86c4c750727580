def f(items):
    return {k: v for k, v in items}
f([(1, 2), (3,)])
