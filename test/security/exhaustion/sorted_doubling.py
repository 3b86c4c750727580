# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
x = list(range(1000000))
while True:
    x = sorted(x + x)
