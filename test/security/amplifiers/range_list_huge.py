# expect: error MemoryError
list(range(10**9))
