# Repeating-key XOR and byte run-length encoding, both round-tripped.
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)

secret = 'Meet me at 10:00 near the fountain.'.encode()
key = b'K3y!'
cipher = xor(secret, key)
print(cipher.hex())
print(xor(cipher, key).decode(), xor(cipher, key) == secret)
image = b'\x00' * 12 + b'\xff' * 3 + b'\x00\x01\x01\x01' + b'A' * 300
packed = rle_encode(image)
print(len(image), '->', len(packed), packed[:12])
print(rle_decode(packed) == image)
print(rle_encode(b''), rle_encode(b'abc'), rle_decode(b'\x03x\x02y'))
freq = {}
for b in cipher:
    freq[b] = freq.get(b, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(bytes(sorted(set(secret.lower())))[:12], max(secret), min(secret), sum(secret) % 256)
