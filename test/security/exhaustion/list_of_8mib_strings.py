# expect: limit memory
# limits: maxOps=1000000000000 timeoutMs=20000
# Distinct 8 MB strings kept alive: the isolate's heap limit ends it, the host survives.
x = []
i = 0
while True:
    s = str(i) * (1024 * 1024)
    x.append(s[:8000000] + 'z')
    i += 1
