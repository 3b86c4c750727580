# expect: rejected E201
# Naming eval without calling it is refused: it could be called later.
e = eval
print(e("1"))
