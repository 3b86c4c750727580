def f():
    x = 0
    def g():
        def h():
            nonlocal x
            x = 2                      ## x -> f
        return h
    return g
---
def f():
    v = 1
    class C:
        v = 2
        def m(self):
            return v                   ## v -> f
    return C
---
def outer():
    n = 0
    def mid():
        return [n for _ in range(2)]   ## n -> outer
    return mid
---
class K:
    def m(self):
        def inner():
            return __class__           ## __class__ -> K
        return inner
---
def f(xs):
    r = [(best := x) for x in xs]      ## best -> f
    return r
