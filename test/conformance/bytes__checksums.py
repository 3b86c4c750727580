# Byte-level checksums over encoded records: sum8, XOR, Fletcher-16, Adler-32 and a CRC-8.
def sum8(data):
    return sum(data) % 256

def xor8(data):
    x = 0
    for b in data:
        x ^= b
    return x

def fletcher16(data):
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc

records = ['hello', 'Wikipedia', 'naïve café', '', 'abcde' * 5]
for text in records:
    data = text.encode('utf-8')
    print(f'{text!r:<28} len={len(data):>3} sum8={sum8(data):02x} xor={xor8(data):02x} '
          f'f16={fletcher16(data):04x} adler={adler32(data):08x} crc8={crc8(data):02x}')
frame = bytes([0x02]) + b'PAYLOAD' + bytes([0x03])
frame += bytes([crc8(frame)])
print(frame, frame.hex(), frame.hex(' '), frame.hex(':', 4))
body, check = frame[:-1], frame[-1]
print('valid' if crc8(body) == check else 'corrupt', check, body[1:-1].decode())
tampered = bytearray(frame)
tampered[3] ^= 0x20
print(bytes(tampered), 'valid' if crc8(tampered[:-1]) == tampered[-1] else 'corrupt')
print(bytes.fromhex('de ad be ef'), list(bytes.fromhex('0102ff')))
print(sorted(set(b'mississippi')), b'mississippi'.count(b's'), b'mississippi'.find(b'ss', 3))
