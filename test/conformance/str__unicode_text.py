# Unicode-aware text handling: code points, astral characters, slicing, casing and predicates.
samples = ['naïve', 'Ünïcödé', '😀👍🏽', 'e\u0301', 'Ω', '日本語テキスト', '½⅓²', 'ǅungla']
for s in samples:
    print(f'{s!r:<18} len={len(s)} rev={s[::-1]!r} up={s.upper()!r} cps={[hex(ord(c)) for c in s][:4]}')
line = 'a😀b😀c😀d'
print(line[1], line[1::2], line[-2:], line.find('😀', 2), line.index('d'), line.count('😀'))
print(line.split('😀'), line.replace('😀', '*', 2), line.partition('😀'))
print([c for c in 'x😀y'], list(reversed('x😀y')), '😀' in line, len(line.encode()))
print('½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), int('٣٤'))
print('ﬀ'.upper(), 'ß'.upper(), 'ΣΑΣ'.lower(), 'ǆ'.title(), 'ŉ'.upper())
print('\u00a0'.isspace(), '\u2028'.isspace(), 'a\u2028b'.splitlines(), 'x\x1cy'.split())
print(ord('€'), chr(8364), chr(0x1F600), ascii('é😀'), repr('\x07\u200b'))
print(sorted(['b', 'A', 'a', 'é', 'Z', '😀', 'z']), max('hello😀'), min('hello'))
print('Zoë'.center(9, '·'), '😀'.ljust(4, '-') + '|', 'ab'.rjust(5, '😀'))
print('{:^9}|{:😀>5}'.format('日本', 'x'))
print('café' == 'cafe\u0301', len('café'), len('cafe\u0301'), 'CAFÉ'.casefold() == 'café')
