# expect: error MemoryError
[*range(10**9)]
