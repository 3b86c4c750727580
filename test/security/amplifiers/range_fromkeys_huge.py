# expect: error MemoryError
dict.fromkeys(range(10**9))
