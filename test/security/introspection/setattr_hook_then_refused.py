# expect: error AttributeError: 'A' object has no attribute '__globals__'
# The script's __setattr__ sees the name, as for any missing attribute; delegating back refuses it.
class A:
    def __setattr__(self, name, value):
        print('hook', name)
        super().__setattr__(name, value)
setattr(A(), '__glo' + 'bals__', 1)
