# expect: rejected E200
# Inside [...] a colon does not end the field name (CPython), so .__globals__ is read.
def f():
    pass
print("{0[:].__globals__}".format({":": f}))
