# expect: error MemoryError
l = []
l.extend(range(10**9))
