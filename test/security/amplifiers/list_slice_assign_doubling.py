# expect: error MemoryError
l = [0] * 1000
while True:
    l[:0] = l
