# expect: error AttributeError: 'function' object has no attribute '__globals__'
# A format string built at run time: the restriction pass never sees the field.
def f():
    pass
('{0.__glo' + 'bals__}').format(f)
