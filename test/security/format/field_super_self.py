# expect: error AttributeError: 'super' object has no attribute '__self__'
class A:
    def show(self):
        return ('{0.__se' + 'lf__}').format(super())
A().show()
