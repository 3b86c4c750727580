# expect: error MemoryError
s = 'a' * 200_000
d = dict.fromkeys(range(50), s)
r = str(d)
