# expect: limit ops
b = b'a' * 4_000_000
d = bytes(range(256)) * 10_000
while True:
    b.translate(None, d)
