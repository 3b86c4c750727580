# expect: ok
# Keyword arguments named after JavaScript members reach **kw as plain keys.
def f(**kw):
    return kw
print(f(**{'constructor': 1, '__proto__': 2, 'toString': 3}))
print(f(constructor=1, prototype=2, then=3, length=4))
def g(constructor, *, toString=5, valueOf):
    return constructor, toString, valueOf
print(g(valueOf=1, constructor=2))
try:
    g(1)
except TypeError as e:
    print(e)
