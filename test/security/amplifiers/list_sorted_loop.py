# expect: limit ops
a = list(range(10**5, 0, -1))
while True:
    sorted(a)
