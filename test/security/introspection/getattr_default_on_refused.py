# expect: ok
# The .out differs from CPython on purpose: CPython has most of these attributes.
# getattr's default is returned for a refused name, as for a missing one.
def f():
    pass
print(getattr(f, '__glo' + 'bals__', 'default'))
print(getattr(int, '__subcl' + 'asses__', None))
print(getattr(f, '__name__', 'default'))
