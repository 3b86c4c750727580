# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
l = ['ab' * 1000]
while True:
    l.append(''.join(l))
