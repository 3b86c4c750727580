# expect: limit memory
# limits: maxOps=1000000000000 timeoutMs=20000
# A dict growing one entry at a time: its backing Map would double near the heap limit.
d = {}
i = 0
while True:
    d[i] = i
    i += 1
