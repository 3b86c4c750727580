# expect: ok
# What super() may reach still works.
class A:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return 'A()'
class B(A):
    def __init__(self):
        getattr(super(), '__in' + 'it__')()
    def __repr__(self):
        return 'B<' + getattr(super(), '__re' + 'pr__')() + '>'
print(B(), B().x)
