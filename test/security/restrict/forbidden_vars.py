# expect: rejected E201
# vars() hands out a namespace.
print(vars())
