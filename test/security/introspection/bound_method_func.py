# expect: error AttributeError: 'function' object has no attribute '__func__'
class A:
    def m(self):
        pass
getattr(A().m, '__fu' + 'nc__')
