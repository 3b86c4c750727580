# expect: error AttributeError: 'function' object has no attribute '__globals__'
def spy(fn):
    fn_globals = getattr(fn, '__glo' + 'bals__')
    return fn
@spy
def f():
    pass
