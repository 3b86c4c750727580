# Encode and decode text with utf-8, latin-1 and ascii, using the error handlers.
samples = ['plain', 'café', 'naïve — “quotes”', 'emoji 😀!', 'Ω≈ç√']
for s in samples:
    u = s.encode('utf-8')
    print(f'{s!r:<22} chars={len(s):>2} utf8={len(u):>2} {u!r}')
    print('   ascii/ignore :', s.encode('ascii', 'ignore'))
    print('   ascii/replace:', s.encode('ascii', errors='replace'))
    print('   latin-1/repl :', s.encode('latin-1', 'replace'))
    assert u.decode() == s
raw = 'café'.encode('latin-1')
print(raw, raw.decode('latin-1'), raw.decode('utf-8', 'replace'), raw.decode('utf-8', 'ignore'))
print(str(raw, 'latin-1'), str(b'abc', encoding='ascii'), str(b'\xff\xfe', 'utf-8', 'replace'))
mixed = b'ok \xe2\x82\xac \xe2\x82 \xf0\x9f\x98\x80 \xff end'
print(mixed.decode('utf-8', 'replace'))
print(mixed.decode('utf-8', 'ignore'))
print(mixed.decode('ascii', 'replace'))
for bad in [b'\xe2\x82', b'\xff', b'a\xc3', b'\xed\xa0\x80', b'\xc0\xaf']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for text, codec in [('é', 'ascii'), ('x€y', 'latin-1'), ('ab€€c', 'ascii'), ('😀', 'latin-1')]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    'x'.encode('rot13x')
except LookupError as e:
    print('LookupError', e)
print(bytes('Grüße', 'utf-8'), bytearray('Grüße', 'latin-1'))
