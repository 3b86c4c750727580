# expect: ok
# The .out differs from CPython on purpose: CPython has most of these attributes.
# hasattr answers False for refused names, as for missing ones; the allowed ones still answer True.
class A:
    pass
def f():
    pass
names = ['__glo' + 'bals__', '__di' + 'ct__', '__m' + 'ro__', '__ba' + 'ses__', '__subcl' + 'asses__',
         '__co' + 'de__', '__clo' + 'sure__', '__buil' + 'tins__', '__getattri' + 'bute__', '__re' + 'duce__']
for obj in [f, A, A(), int, 1, 'x', print, [].append]:
    print([hasattr(obj, n) for n in names])
print(hasattr(A, '__name__'), hasattr(f, '__qualname__'), hasattr(A(), '__class__'), hasattr(1, '__add__'))
