# expect: limit ops
a = [0] * 10**6
b = [0] * 10**6
while True:
    a == b
