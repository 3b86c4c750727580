def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"{tag}({fn(*a, **k)})"
        return inner
    return wrap
@deco('x')
@deco('y')
def h(v):
    return v
print(h(1))
def cls_deco(c):
    c.tagged = True
    return c
@cls_deco
class K:
    count = 0
    def __init__(self):
        K.count += 1
        self.items = []
    def __repr__(self):
        return f"K({self.count})"
    def __eq__(self, o):
        return isinstance(o, K)
    def __lt__(self, o):
        return False
    def __len__(self):
        return 7
k = K()
print(K.tagged, k, K.count, len(k), k == K(), k.items)
k.items += [1]
k.items[0] += 10
print(k.items)
fns = []
for i in range(3):
    fns.append(lambda i=i: i * 10)
print([f() for f in fns])
def f_return_finally():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f_return_finally())
def f_finally_override():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f_finally_override())
data = [5, 3, 8]
if (n := len(data)) > 2:
    print('n =', n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
def add_total(v):
    global total
    total += v
add_total(5); add_total(6)
print(total)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
def local_unbound():
    if False:
        z = 1
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(local_unbound())
class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
    @classmethod
    def make(cls):
        return cls()
print(Child.make().hello())
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    print(repr(e))
def g(a, /, b, *, c):
    return a, b, c
print(g(1, b=2, c=3))
try:
    g(a=1, b=2, c=3)
except TypeError as e:
    print(e)
print({k: v for k, v in zip('ab', range(2))}, {x % 3 for x in range(10)})
print(*[1, 2], sep='-')
m = {'a': 1}
print({**m, 'b': 2, **{'a': 3}})
t = 1,
print(t, (), (1, 2) + (3,))
s = 'hello'
print(s[1:-1], s[::2], s[-1])
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit args', a[0].__name__ if a[0] else a)
        return True
def with_break():
    for i in range(3):
        with Ctx():
            if i == 1:
                break
            raise KeyError(i)
    return i
print(with_break())
print(not 0, not [1], 0 or None, 1 and 'x', [] or {} or 'last')
i = 10
print([i for i in range(2)], i)
print(type(1.0), 3.0, 2 * 1.5, 1/3)
if not data:
    print('empty')
elif len(data) == 3:
    print('three')
else:
    print('other')
