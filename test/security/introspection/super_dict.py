# expect: error AttributeError: 'super' object has no attribute '__dict__'
class A:
    pass
class B(A):
    def peek(self):
        return getattr(super(), '__di' + 'ct__')
B().peek()
