# expect: ok
# type(x).mro() is the allowed way to see a class's bases.
class A:
    pass
class B(A):
    pass
print([c.__name__ for c in type(B()).mro()])
print(B.__name__, B.__qualname__, B().__class__.__name__)
