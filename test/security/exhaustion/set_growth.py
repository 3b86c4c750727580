# expect: limit memory
# limits: maxOps=1000000000000 timeoutMs=20000
s = set()
i = 0
while True:
    s.add(i)
    i += 1
