# expect: error MemoryError
sorted(range(10**9))
