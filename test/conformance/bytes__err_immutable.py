# Patching a bytes header: bytes are immutable, bytearray is the mutable copy.
header = b'v1|len=0004|type=txt'
print(header[0], header[:2], header.split(b'|'), chr(header[0]))
patched = bytearray(header)
patched[1] = ord('2')
patched[7:11] = b'0010'
print(bytes(patched), header)
print(header.replace(b'txt', b'bin'), header < bytes(patched), header == bytes(patched))
try:
    bytearray(b'x').append(256)
except ValueError as e:
    print('ValueError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.split('b')
except TypeError as e:
    print('TypeError:', e)
print('patching the original...')
header[1] = 50
