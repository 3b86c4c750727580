# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
x = [0]
while True:
    x.extend(x)
