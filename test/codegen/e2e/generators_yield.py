def g():
    x = (yield) + 1
    y = [(yield 1), (yield 2)]
    z = yield x * 2 if x else 0
    w = not (yield)
    return x, y, z, w
it = g()
print(next(it), it.send(5), it.send('a'), it.send('b'), it.send('c'))
try:
    it.send(0)
except StopIteration as e:
    print(e.value)
def h():
    try:
        yield 1
    except ValueError as e:
        yield f'handled {e}'
    finally:
        print('h finally')
it = h()
print(next(it), it.throw(ValueError('v')))
it.close()
print(dict(a=1, **{'b': 2}), sorted({3: 1, 1: 2}), list(map(lambda p: p[0], [(1, 2)])))
