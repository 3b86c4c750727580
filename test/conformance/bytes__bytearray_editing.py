# Editing a binary record in place with bytearray: patching fields, inserting and deleting.
record = bytearray(b'NAME:alice;AGE:030;CITY:paris;')
print(record, len(record))
start = record.find(b'AGE:') + 4
record[start:start + 3] = b'031'
print(record)
i = record.index(b'alice')
record[i] = ord('A')
record[i + 1:i + 5] = record[i + 1:i + 5].upper()
print(record)
city = record.find(b'paris')
record[city:city + 5] = b'Rome'
print(record, len(record))
record.extend(b'ZIP:00100;')
record.insert(0, ord('#'))
print(record)
del record[0]
del record[-10:]
print(record, record.count(b';'), record.endswith(b';'))
fields = [f.split(b':') for f in record.rstrip(b';').split(b';')]
print({k.decode().lower(): v.decode() for k, v in fields})
mask = bytearray(len(record))
for n, b in enumerate(record):
    mask[n] = b if chr(b).isalpha() else ord('_')
print(mask.decode())
copy = record.copy()
copy.reverse()
print(copy[:10], record[:10], copy == record[::-1])
record[::2] = bytes(len(record[::2]))
print(record.count(0), record.replace(b'\x00', b'.'))
while record and record[-1] != ord(';'):
    record.pop()
buf = bytearray()
for word in (b'one', b'two', b'three'):
    buf += word + b','
buf *= 2
print(buf, buf.strip(b','), bytearray(b'x').join([b'a', b'b']))
