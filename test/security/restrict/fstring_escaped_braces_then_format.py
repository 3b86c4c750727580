# expect: rejected E200
# An f-string without fields is the literal text {0.__globals__}, then formatted.
def f():
    pass
print(f"{{0.__globals__}}".format(f))
