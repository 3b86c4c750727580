# expect: ok
# A bound method looks up what it lacks on its function, as CPython does; refused names stay refused.
# .out: CPython has __globals__ and __code__; their messages are the ones for a missing name.
class A:
    def m(self):
        pass
A.m.tag = 'tagged'
print(A().m.tag, A().m.__name__, A().m.__qualname__)
for n in ['__glo' + 'bals__', '__co' + 'de__', 'zq_missing']:
    try:
        getattr(A().m, n)
    except AttributeError as e:
        print(e)
try:
    [].append.zq_missing
except AttributeError as e:
    print(e)
