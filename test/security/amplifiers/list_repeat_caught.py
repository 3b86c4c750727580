# expect: ok
try:
    x = [None] * 10**9
    print('UNREACHABLE')
except MemoryError:
    print('MemoryError')
print(len([0] * 1000))
