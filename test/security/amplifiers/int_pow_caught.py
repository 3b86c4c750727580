# expect: ok
try:
    x = 10 ** (10**8)
    print('UNREACHABLE')
except MemoryError:
    print('MemoryError')
print(len(str(10 ** 100)))
