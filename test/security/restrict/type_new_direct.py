# expect: rejected E201
# type.__new__ builds a class from a name, bases and a namespace.
X = type.__new__(type, "X", (), {})
print(X)
