# expect: error MemoryError
# limits: maxOps=1000000000000 timeoutMs=20000
# String concatenation doubling: the byte budget refuses the result before allocating.
s = 'a'
while True:
    s = s + s
