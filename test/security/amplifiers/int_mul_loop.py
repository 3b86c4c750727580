# expect: limit ops
while True:
    2 ** (10**6) * 3 ** (10**6)
