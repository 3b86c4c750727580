# Build and parse length-prefixed binary packets with a bytearray buffer.
def u16(n):
    return bytes([(n >> 8) & 0xFF, n & 0xFF])

def read_u16(buf, pos):
    return (buf[pos] << 8) | buf[pos + 1], pos + 2

def encode(kind, fields):
    out = bytearray()
    out.append(kind)
    out += u16(len(fields))
    for key, value in fields.items():
        k = key.encode('ascii')
        v = value.encode('utf-8')
        out.append(len(k))
        out.extend(k)
        out += u16(len(v))
        out.extend(v)
    return bytes(out)

def decode(packet):
    kind = packet[0]
    count, pos = read_u16(packet, 1)
    fields = {}
    for _ in range(count):
        klen = packet[pos]
        key = packet[pos + 1:pos + 1 + klen].decode('ascii')
        pos += 1 + klen
        vlen, pos = read_u16(packet, pos)
        fields[key] = packet[pos:pos + vlen].decode('utf-8')
        pos += vlen
    return kind, fields, pos == len(packet)

p = encode(7, {'user': 'zoë', 'action': 'login', 'note': ''})
print(p)
print(len(p), p[:3], p[0], list(p[1:3]))
print(decode(p))
buf = bytearray(b'header:')
buf.extend(p)
buf[0:6] = b'HEADER'
print(buf[:7], buf.startswith(b'HEAD'), buf.find(b'login'), b'zo' in buf)
del buf[:7]
print(decode(bytes(buf)))
buf.reverse()
print(buf[:6], buf.pop(), len(buf))
buf.clear()
print(buf, len(buf), bytearray(3), bytearray(b'ab') * 2)
chunks = [p[i:i + 8] for i in range(0, len(p), 8)]
print([c.hex() for c in chunks])
print(b''.join(chunks) == p, b'|'.join(chunks[:2]))
