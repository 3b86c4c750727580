# expect: error MemoryError
b = b'ab' * 10**8
