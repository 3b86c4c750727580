# expect: error AttributeError: 'generator' object has no attribute 'gi_code'
g = (x for x in [1])
getattr(g, 'gi_' + 'code')
