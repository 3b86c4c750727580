# expect: error AttributeError: 'function' object has no attribute '__self__'
class A:
    def m(self):
        pass
getattr(A().m, '__se' + 'lf__')
