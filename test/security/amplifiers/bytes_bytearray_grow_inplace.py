# expect: error MemoryError
b = bytearray(b'x' * 1000)
while True:
    b += b
