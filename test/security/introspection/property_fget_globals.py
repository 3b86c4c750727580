# expect: error AttributeError: 'function' object has no attribute '__globals__'
# A property hands out its getter function; the function's internals stay out of reach.
class A:
    @property
    def p(self):
        return 1
getter = A.p.fget
getattr(getter, '__glo' + 'bals__')
