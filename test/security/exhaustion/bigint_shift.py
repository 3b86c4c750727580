# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
n = 1
while True:
    n = n << 1000000
