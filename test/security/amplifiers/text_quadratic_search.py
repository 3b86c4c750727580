# expect: limit ops
h = 'a' * 4_000_000
needle = 'a' * 1_000_000 + 'b'
while True:
    needle in h[:1]
    h.rfind('b' + 'a' * 1_000_000)
    h.find('a' * 500_000 + 'b' + 'a' * 500_000)
