# expect: error AttributeError: 'function' object has no attribute '__func__'
class A:
    def m(self):
        pass
('{0.__fu' + 'nc__}').format(A().m)
