# expect: rejected E200
# An f-string nested in an f-string.
def f():
    pass
print(f"{f'{f.__globals__}'}")
