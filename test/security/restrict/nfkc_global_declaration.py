# expect: rejected E203
# global declarations are identifiers too.
def f():
    global _＿spec__
    return _＿spec__
print(f())
