# expect: error MemoryError
(1, 2) * 10**8
