# expect: error AttributeError: 'super' object has no attribute '__getattribute__'
class A:
    def peek(self):
        return getattr(super(), '__getattri' + 'bute__')
A().peek()
