# Building bytes from computed values: everything must fit in range(0, 256).
levels = [0, 64, 128, 192, 255]
print(bytes(levels), list(bytes(levels)), bytes(levels).hex())
print(bytes(3), bytes(), bytes(b'copy'), bytes('é', 'utf-8'), bytes([x // 2 for x in levels]))
for bad in ['text', 1.5, None, [1, 'a']]:
    try:
        bytes(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
scaled = [v * 2 for v in levels]
print('encoding', scaled)
print(bytes(scaled))
