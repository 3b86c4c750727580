# Decoding a byte stream that was cut in the middle of a multi-byte character.
stream = 'größe: 5€, emoji: 😀'.encode('utf-8')
print(len(stream), stream[:8])
for size in (3, 4, 5):
    chunks = [stream[i:i + size] for i in range(0, len(stream), size)]
    out = ''.join(c.decode('utf-8', 'replace') for c in chunks)
    print(size, out.count('\ufffd'), repr(out[:12]))
buf = b''
texts = []
for i in range(0, len(stream), 4):
    buf += stream[i:i + 4]
    try:
        texts.append(buf.decode('utf-8'))
        buf = b''
    except UnicodeDecodeError as e:
        print('waiting:', e.reason, e.start, e.end, e.encoding, len(e.object))
print(''.join(texts))
print('decoding the truncated tail strictly:')
print(stream[:-2].decode('utf-8'))
