# str methods used as plain functions: map/sorted/filter keys and explicit type calls.
names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo ']
print(list(map(str.strip, names)))
print(sorted(names, key=str.lower), sorted(names, key=str.casefold, reverse=True))
print(list(filter(str.istitle, names)), list(map(str.upper, names[:2])))
print(str.join('-', ['a', 'b']), str.split('a b c'), str.replace('aaa', 'a', 'b', 2))
print(str.format('{}+{}', 1, 2), str.center('x', 5, '*'), str.count('banana', 'a'))
strip = str.rstrip
print(repr(strip('x  ')), [str.zfill(s, 4) for s in ['7', '42', '-3']])
print(str.__len__('héllo'), str.encode('é'), bytes.decode(b'\xc3\xa9'), bytes.hex(b'\x01\x02'))
upper = 'abc'.upper
print(upper(), upper.__name__, str.upper.__name__)
for call in [lambda: str.upper(), lambda: str.upper(42), lambda: str.join(['a'], 'b'),
             lambda: bytes.decode('text'), lambda: list.append((1,), 2), lambda: str.split(None)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
