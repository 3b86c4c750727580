# expect: error AttributeError: type object 'A' has no attribute '__bases__'
# Rewriting a class's bases would splice builtin internals into its MRO.
class A:
    pass
setattr(A, '__ba' + 'ses__', (int,))
