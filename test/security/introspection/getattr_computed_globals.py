# expect: error AttributeError: 'function' object has no attribute '__globals__'
# A function's globals through a name built at run time: refused exactly like a missing attribute.
def f():
    pass
getattr(f, '__glo' + 'bals__')
