# expect: limit ops
s = 'ab' * 3_000_000
while True:
    s.count('')
