# expect: limit ops
x = 3 ** 20000
pow(x, x, x - 1)
