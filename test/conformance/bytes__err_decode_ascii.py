# A legacy importer that assumes ASCII; one record carries a UTF-8 accent.
records = [b'id=1;name=Bob', b'id=2;name=Alice', b'id=3;name=Ren\xc3\xa9e']
for r in records:
    print(r.decode('ascii', 'replace'), r.decode('latin-1'), r.decode('utf-8'), r.isascii())
fields = [dict(p.split(b'=') for p in r.split(b';')) for r in records]
print([f[b'id'] for f in fields], [int(f[b'id']) for f in fields])
print([f[b'name'].decode('ascii', 'ignore') for f in fields])
for r in records:
    print('importing', r)
    print(r.decode('ascii'))
