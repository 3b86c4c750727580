# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
t = (0,)
while True:
    t = t + t
