# Base64 encoding and decoding implemented by hand over bytes.
ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = (chunk[0] << 16) | ((chunk[1] if len(chunk) > 1 else 0) << 8) | (chunk[2] if len(chunk) > 2 else 0)
        quad = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.extend(quad[:keep])
        out.extend(b'=' * (4 - keep))
    return bytes(out)

def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    data = text.rstrip(b'=')
    out = bytearray()
    bits, nbits = 0, 0
    for c in data:
        if c not in lookup:
            raise ValueError(f'invalid base64 character {chr(c)!r}')
        bits = (bits << 6) | lookup[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)

for text in ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'héllo wörld', '😀']:
    raw = text.encode()
    enc = b64encode(raw)
    dec = b64decode(enc)
    print(f'{text!r:<15} {enc.decode():<24} {dec == raw} {len(enc)}')
try:
    b64decode(b'ab$d')
except ValueError as e:
    print('ValueError:', e)
print(b64decode(b'Q29ycmFs').decode(), b64encode(bytes(range(6))))
