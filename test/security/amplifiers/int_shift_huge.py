# expect: error MemoryError
1 << (10**9)
