# expect: limit ops
s = 'a' * 2_000_000
for i in range(100):
    s.replace('', '')
