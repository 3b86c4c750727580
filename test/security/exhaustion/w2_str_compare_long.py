# expect: limit ops
a = 'a' * 4_000_000
b = 'a' * 3_999_999 + 'b'
while True:
    a == b
    a < b
