# expect: rejected E200
# format_map fields are checked like format fields.
def f():
    pass
print("{x.__globals__}".format_map({"x": f}))
