# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
parts = [b'x' * 1000000]
while True:
    parts.append(b''.join(parts))
