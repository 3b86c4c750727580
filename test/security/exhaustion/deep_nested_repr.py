# expect: error RecursionError
# repr of a 100000-deep nested list: RecursionError, not a JavaScript stack overflow.
x = []
for i in range(100000):
    x = [x]
repr(x)
