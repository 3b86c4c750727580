# expect: error MemoryError
s = 'x' * 10**8
