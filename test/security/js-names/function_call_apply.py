# expect: error AttributeError: 'function' object has no attribute 'call'
def f():
    pass
f.call(None)
