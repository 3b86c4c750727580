x = 1
def f(a, b=x, *args, c, d=2, **kw):
    y = a + b
    return x + y + len(args)
---
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return inc, peek
---
counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
---
def f():
    global g
    def g():
        pass
    class C:
        def m(self):
            return [lambda: 0 for _ in [1]][0]
    return C
---
class C:
    attr = 1
    def m(self):
        return attr
    def n(self):
        return super().n()
    def o(self):
        return __class__
    items = [attr for _ in range(3)]
---
def f():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x
    return C
---
def f():
    z = 1
    class C:
        w = z
    return C
---
def f(xs):
    total = [y for x in xs if x for y in x]
    last = [(t := v) for v in xs]
    return t, total, last
---
ys = [(w := i) for i in range(3)]
g = (i * i for i in range(3))
s = {k: v for k, v in {}.items()}
---
def gen():
    yield 1
    yield from [2]
def notgen():
    return (lambda: (yield))
---
lam = lambda a, *b, c=1, **d: (lambda e: a + e)
---
def f():
    def g():
        def h():
            return q
        return h
    q = 1
    return g
---
import os.path as p, sys
from collections import OrderedDict as OD, deque
def f():
    import json
    from math import pi
    return json, pi, p, sys, OD, deque
---
def f(pairs):
    for i, (a, *rest) in enumerate(pairs):
        pass
    with open("x") as (fh, other):
        pass
    try:
        pass
    except ValueError as err:
        pass
    del i
    n: int
    m: int = 1
    k += 1
    return a, rest, fh, other
---
def f(cmd):
    match cmd:
        case [first, *others]:
            return first, others
        case {"k": v, **rest}:
            return v, rest
        case Point(x=px) | Point(y=px) as pt:
            return px, pt
---
def f():
    v = 1
    return f"{v!r:>{v}}"
---
def deco(fn):
    return fn
@deco
def f(a: int = 1) -> int:
    return a
---
def f():
    x = 0
    def g():
        def h():
            nonlocal x
            x = 2
        return h
    return g
---
class Outer:
    class Inner:
        def m(self):
            def local():
                return 1
            return local
---
def f():
    return [[c for c in row] for row in [[1]]]
---
class A:
    def m(self):
        def inner():
            return super()
        return inner
---
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
---
class C:
    a = 1
    b = [a for _ in range(1)]
    c = [_ for _ in range(a)]
    def m(self, k=a):
        class Inner:
            pass
        return Inner
---
def f(rows):
    return [[(z := c) for c in row] for row in rows], z
---
g = lambda: [(y := 1) for _ in range(2)]
h = (lambda q: (lambda: q))(1)
---
def f():
    x = 1
    def g():
        nonlocal x
        del x
    return g
---
class K:
    global G
    G = 1
    def m(self):
        def inner():
            return super().m
        return inner
---
def f(a, /, b, *, c):
    return [x for x in [y for y in [a, b, c]]]
---
def f():
    try:
        pass
    except E as e:
        def g():
            return e
        return g
---
def f():
    for x in range(3):
        pass
    else:
        y = 1
    while y:
        z = [lambda: x + y for _ in "ab"]
    return z
---
def f(xs):
    global best
    [(best := x) for x in xs]
    return best
---
def outer():
    v = 0
    def f(xs):
        nonlocal v
        return [(v := x) for x in xs]
    return f
---
class _Account:
    __count = 0
    def __bump(self, __n):
        __total = __n + _Account__count
        def inner():
            return __total
        return inner
    class __Inner:
        __deep = 1
__outside = 1
