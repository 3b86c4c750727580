# expect: error AttributeError: 'A' object has no attribute '__dict__'
class A:
    pass
delattr(A(), '__di' + 'ct__')
