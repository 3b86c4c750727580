# expect: limit ops
t = tuple(range(10**5))
while True:
    t.count(-1)
