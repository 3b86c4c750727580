# expect: error MemoryError
2 ** (10**9)
