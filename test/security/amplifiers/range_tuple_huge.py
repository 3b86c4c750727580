# expect: error MemoryError
tuple(range(10**9))
