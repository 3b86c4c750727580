# expect: error AttributeError: 'function' object has no attribute 'length'
f = lambda a, b: 0
f.length
