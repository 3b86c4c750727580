# expect: error RecursionError: maximum recursion depth exceeded while getting the repr of an object
d = {}
for i in range(100000):
    d = {1: d}
str(d)
