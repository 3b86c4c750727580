# expect: rejected E200
# Inside [...] a closing brace does not end the field either.
def f():
    pass
print("{0[}].__code__}".format({"}": f}))
