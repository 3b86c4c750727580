# expect: error AttributeError: 'function' object has no attribute '__code__'
# The code object (and from it co_consts, co_code) through a computed name.
g = lambda: 0
getattr(g, ''.join(['__', 'code', '__']))
