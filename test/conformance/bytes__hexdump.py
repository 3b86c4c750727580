# A hexdump -C style viewer for byte strings.
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = ' '.join(f'{b:02x}' for b in chunk)
        if len(chunk) > 8:
            hexes = hexes[:23] + ' ' + hexes[23:]
        text = ''.join(chr(b) if 0x20 <= b < 0x7f else '.' for b in chunk)
        lines.append(f'{off:08x}  {hexes:<{width * 3}} |{text}|')
    lines.append(f'{len(data):08x}')
    return '\n'.join(lines)

payload = 'GET /ünïcode?q=1 HTTP/1.1\r\nHost: x\r\n\r\n'.encode('utf-8') + bytes(range(0, 256, 37))
print(hexdump(payload))
print(hexdump(b''))
print(hexdump(b'short', width=8))
print(payload[:3].hex(), payload[-3:].hex('-'), bytes.fromhex(payload[:4].hex()) == payload[:4])
print(repr(bytes(range(7, 14))), repr(b'\\x' + b"'" + b'"'), bytes([127, 128, 255]))
printable = bytes(b for b in payload if 32 <= b < 127)
print(printable[:30], printable.isascii(), payload.isascii())
