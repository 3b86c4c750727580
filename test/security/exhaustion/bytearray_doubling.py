# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
b = bytearray(b'x')
while True:
    b = b + b
