# expect: limit ops
b = bytearray(4_000_000)
while b:
    b.pop(0)
