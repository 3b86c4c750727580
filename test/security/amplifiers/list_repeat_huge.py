# expect: error MemoryError
[0] * 10**8
