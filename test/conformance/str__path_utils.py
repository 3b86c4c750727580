# Path helpers built from str methods: split extension, normalise, join, relative paths.
def splitext(p):
    base = p.rsplit('/', 1)[-1]
    if '.' not in base.lstrip('.'):
        return p, ''
    i = p.rfind('.')
    return p[:i], p[i:]

def normpath(p):
    absolute = p.startswith('/')
    parts = []
    for seg in p.split('/'):
        if seg in ('', '.'):
            continue
        if seg == '..':
            if parts and parts[-1] != '..':
                parts.pop()
            elif not absolute:
                parts.append('..')
        else:
            parts.append(seg)
    out = '/'.join(parts)
    return ('/' + out) if absolute else (out or '.')

def join(*parts):
    out = ''
    for p in parts:
        if p.startswith('/'):
            out = p
        elif not out or out.endswith('/'):
            out += p
        else:
            out += '/' + p
    return out

paths = ['/usr/local/lib/python3.11/site.py', 'data/archive.tar.gz', '.bashrc', 'notes', 'a/b/../c/./d.txt',
         '../../up/../x', '/..', 'dir.with.dots/file']
for p in paths:
    root, ext = splitext(p)
    head, _, tail = p.rpartition('/')
    print(f'{p:<36} root={root!r:<34} ext={ext!r:<6} dir={head!r:<28} base={tail!r}')
for p in paths:
    print(f'{p!r:>38} -> {normpath(p)!r}')
print(join('a', 'b', 'c.txt'), join('/root/', 'x'), join('a', '/abs', 'y'), join())
print([p for p in paths if p.endswith(('.py', '.gz'))], sorted(paths, key=str.lower)[:3])
print('/'.join(['', 'srv', 'www']), 'C:\\Users\\me'.replace('\\', '/').split('/'))
