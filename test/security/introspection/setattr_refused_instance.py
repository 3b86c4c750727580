# expect: error AttributeError: 'A' object has no attribute '__dict__'
class A:
    pass
setattr(A(), '__di' + 'ct__', {'x': 1})
