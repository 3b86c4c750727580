# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
n = 3
while True:
    n = n * n
