# expect: rejected E200
# str.format called through the class with a literal format.
def f():
    pass
print(str.format("{0.__globals__}", f))
