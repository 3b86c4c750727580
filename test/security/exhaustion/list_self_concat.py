# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
# x = x + x doubles a list until the byte budget refuses the result.
x = [0]
while True:
    x = x + x
