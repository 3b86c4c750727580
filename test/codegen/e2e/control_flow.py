class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow

def f():
    for i in range(3):
        with CM('a') as x, CM('b', True) as y:
            print(x, y, i)
            if i == 0:
                continue
            if i == 1:
                raise ValueError('boom')
            return 'ret'
print(f())
try:
    with CM('c'):
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner() + inner()
print(outer())
a, *b, c = range(5)
print(a, b, c)
[(x, y) for x in range(3) for y in range(x)]
d = {'k': 1}
d['k'] += 5
print(d)
class P:
    @property
    def v(self):
        return 42
    @staticmethod
    def s(x=3, *, y=4):
        return x * y
print(P().v, P.s(), P.s(2, y=5))
print(f"{3.14159:.2f}|{'x'!r:>5}|{10:#x}")
print(1 < 2 < 3, 3 > 2 > 5, 'a' in 'abc', 'z' not in 'abc', None is None)
x = [i for i in range(5) if i % 2 if i > 1]
print(x, sum(i * i for i in range(4)))
def kw(a, b=2, *args, c, d=5, **kw):
    return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 7}))
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))
try:
    e
except NameError as ne:
    print('unbound after except:', ne)
while True:
    break
else:
    print('never')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
print((lambda *a, **k: (a, k))(1, x=2))
lst = [1, 2, 3, 4, 5]
lst[1:3] = ['a']
del lst[0]
print(lst, lst[::-1], lst[-1])
s = 0
for i, v in enumerate('abc'):
    s += i
print(s)
def gen2():
    r = yield from g()
    return r
print(list(gen2()))
assert True, 'no'
g2 = (x * 2 for x in range(3))
print(next(g2), list(g2))
print(-5 // 2, -5 % 2, 2 ** -1, 7 / 2, 1e16, 0.1 + 0.2, -0.0, 10 ** 20)
