# Splitting records with a configurable separator; an empty separator is rejected.
lines = ['a|b|c', 'x||y', '|lead', 'trail|', 'none']
for sep in ['|', '||']:
    print(sep, [l.split(sep) for l in lines])
print([l.split('|', 1) for l in lines], [l.rsplit('|', 1) for l in lines])
print('  a  b  '.split(), '  a  b  '.split(' '), 'a b c'.split(maxsplit=1), 'a b c'.rsplit(None, 1))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.partition('='))
print('1\n2\r\n3\r4'.splitlines(), 'x\n'.splitlines(True), ''.splitlines(), ''.split(), ''.split(','))
config_sep = ''
print('using separator %r' % config_sep)
print(lines[0].split(config_sep))
