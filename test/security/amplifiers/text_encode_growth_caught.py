# expect: ok
s = '\u20ac' * 3_000_000
try:
    b = s.encode('utf-8')
    print('UNREACHABLE')
except MemoryError:
    print('caught')
print(len(('\u20ac' * 1000).encode()))
