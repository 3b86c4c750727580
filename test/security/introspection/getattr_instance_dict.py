# expect: error AttributeError: 'A' object has no attribute '__dict__'
class A:
    def __init__(self):
        self.x = 1
getattr(A(), '__di' + 'ct__')
