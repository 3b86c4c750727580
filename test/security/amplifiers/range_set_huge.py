# expect: error MemoryError
set(range(10**9))
