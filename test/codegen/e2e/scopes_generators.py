def outer():
    try:
        raise ValueError('in try')
    except ValueError:
        try:
            raise KeyError('nested')
        except KeyError as e2:
            print('nested handled', repr(e2))
        raise
try:
    outer()
except ValueError as e:
    print('reraised', e)
def gen_ret():
    x = yield 1
    print('got', x)
    return 'R'
g = gen_ret()
print(next(g))
try:
    g.send('S')
except StopIteration as e:
    print('stop', e.value)
class A:
    x = 1
    y = [i for i in range(x, 3)] if True else None
    def m(self):
        return __class__.__name__
print(A.y, A().m())
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def chain(a):
    return 0 < a < 10 < a * 2
print(chain(5), chain(6), chain(-1))
r = []
for x, y in zip(range(3), 'abc'):
    r.append(f'{x}{y}')
print(r)
try:
    for _ in range(2):
        try:
            continue
        finally:
            print('cont finally')
finally:
    print('loop done')
def ann(a: int, b: 'str' = 'z') -> None:
    v: int = 3
    w: str
    return a, b, v
print(ann(1))
print(isinstance(3, int), 7 // 2 * 2 + 7 % 2 == 7)
q = [3, 1, 2]
q.sort(key=lambda v: -v)
print(q, sorted(q, reverse=False), max(q, default=0))
print('%s-%d' % ('a', 3), 'x'.join(['1', '2']), 'A,B'.split(','))
