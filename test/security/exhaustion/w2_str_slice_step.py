# expect: limit ops
s = 'a' * 8_000_000
t = '😀' * 2_000_000
while True:
    r = s[::2]
    r = t[::999_999]
