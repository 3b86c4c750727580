# expect: limit ops
x = 3 ** (10**6)
y = 7 ** 100000
while True:
    divmod(x, y)
