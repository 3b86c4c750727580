# expect: rejected E201
# Starred arguments may be three.
X = type(*("X", (), {}))
print(X)
