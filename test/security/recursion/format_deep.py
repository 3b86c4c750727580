# expect: error RecursionError: maximum recursion depth exceeded while getting the repr of an object
l = []
for i in range(100000):
    l = [l]
f'{l!r:>10}'
