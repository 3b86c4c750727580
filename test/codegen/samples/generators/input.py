def count(n):
    i = 0
    while i < n:
        got = yield i
        i += 1
    return 'done'

def chain(a, b):
    r = yield from a
    yield from b
    return r

list(chain(count(2), count(3)))
