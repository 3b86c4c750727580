# expect: error MemoryError
part = 'x' * 1_000_000
s = ''.join([part] * 20)
