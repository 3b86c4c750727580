# expect: ok
def deep():
    l = []
    for i in range(3000):
        l = [l]
    return l
a, b = deep(), deep()
def at(depth, f):
    if depth > 0:
        return at(depth - 1, f)
    return f()
for name, f in [('repr', lambda: repr(a)), ('eq', lambda: a == b), ('sort', lambda: sorted([a, b]))]:
    try:
        at(990, f)
    except RecursionError as e:
        print(name, e)
    else:
        print('UNREACHABLE')
print(at(990, lambda: repr([[1]])))
