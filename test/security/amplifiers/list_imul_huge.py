# expect: error MemoryError
l = [1, 2, 3]
l *= 10**8
