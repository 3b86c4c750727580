# Parse URLs by hand: scheme, host, port, path, query (with percent-decoding) and fragment.
def unquote(s):
    out, i = [], 0
    s = s.replace('+', ' ')
    while i < len(s):
        if s[i] == '%' and i + 2 < len(s) + 0 and all(c in '0123456789abcdefABCDEF' for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out.extend(s[i].encode('utf-8'))
            i += 1
    return bytes(out).decode('utf-8', 'replace')

def parse_url(url):
    scheme, _, rest = url.partition('://')
    rest, _, fragment = rest.partition('#')
    rest, _, query = rest.partition('?')
    netloc, slash, path = rest.partition('/')
    host, _, port = netloc.rpartition(':') if ':' in netloc else (netloc, '', '')
    params = {}
    for pair in query.split('&') if query else []:
        k, _, v = pair.partition('=')
        params.setdefault(unquote(k), []).append(unquote(v))
    return {'scheme': scheme.lower(), 'host': host.lower(), 'port': int(port) if port else None,
            'path': slash + path, 'query': params, 'fragment': fragment}

urls = [
    'https://Example.COM/search?q=caf%C3%A9+au+lait&lang=fr&lang=en#results',
    'http://localhost:8080/api/v1/items?id=7',
    'ftp://files.example.org',
    'https://shop.example/cart?coupon=10%25OFF&note=a%2Bb%20c&bad=%zz',
]
for u in urls:
    p = parse_url(u)
    print(u)
    for k, v in p.items():
        print(f'    {k:<8} {v!r}')
print(unquote('%E2%82%AC%205'), unquote('100%'), unquote('%F0%9F%98%80'))
