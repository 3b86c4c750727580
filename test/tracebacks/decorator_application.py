def deco(fn):
    return fn(1)
@deco
def g(x):
    return x + "s"
