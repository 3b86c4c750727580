# expect: limit ops
x = 3 ** (10**6)
while True:
    x.bit_count()
