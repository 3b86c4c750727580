# expect: error MemoryError
[[0] * 1000 for i in range(1200)]
