# Assembling a binary message: bytes and str do not mix without encoding.
header = b'MSG'
payload = 'héllo'
good = header + b':' + payload.encode('utf-8')
print(good, len(good), good.decode('utf-8'))
print(header + bytearray(b'!'), bytearray(b'?') + header, header * 2, b'-'.join([header, b'x']))
print(b'MSG' in good, 77 in good, good.startswith(header), good[len(header):][:1])
try:
    'text' + header
except TypeError as e:
    print('TypeError:', e)
try:
    header.join(['a'])
except TypeError as e:
    print('TypeError:', e)
print('appending the raw str payload...')
message = header + b':' + payload
