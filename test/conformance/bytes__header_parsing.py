# Parse a raw HTTP-like response held as bytes: status line, headers, body.
RAW = (b'HTTP/1.1 200 OK\r\n'
       b'Content-Type: text/plain; charset=utf-8\r\n'
       b'Content-Length: 13\r\n'
       b'X-Trace:   abc123  \r\n'
       b'Set-Cookie: a=1\r\n'
       b'Set-Cookie: b=2\r\n'
       b'\r\n'
       b'Hello, w\xc3\xb6rld')

head, sep, body = RAW.partition(b'\r\n\r\n')
lines = head.split(b'\r\n')
version, code, reason = lines[0].split(b' ', 2)
print(version, int(code), reason.decode())
headers = {}
for line in lines[1:]:
    name, _, value = line.partition(b':')
    key = name.strip().lower().decode('ascii')
    headers.setdefault(key, []).append(value.strip().decode('ascii'))
for k, v in headers.items():
    print(f'{k:>15}: {v}')
ctype, _, params = headers['content-type'][0].partition(';')
charset = params.strip().removeprefix('charset=')
text = body.decode(charset)
print(repr(text), len(body), len(text), int(headers['content-length'][0]) == len(body))
print(body.upper(), body.lower(), body.swapcase())
print(b'  padded\t\n'.strip(), b'xxhixx'.strip(b'x'), b'key=value'.split(b'='))
print(b'a,b,,c'.split(b','), b'one two  three'.split(), b'a b c'.rsplit(None, 1))
print(b'line1\nline2\r\nline3'.splitlines(), b'x\ny\n'.splitlines(keepends=True))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b'  '.isspace(), b'Title Case'.istitle())
print(b'hello world'.title(), b'hello'.capitalize(), b'42'.zfill(5), b'ab'.center(6, b'*'))
print(b'GET'.ljust(6, b'.') + b'|', b'7'.rjust(3, b'0'), b'tab\there'.expandtabs(4))
print(b'banana'.replace(b'a', b'o', 2), b'banana'.rfind(b'an'), b'banana'.index(b'n'), b'banana'.count(b'a'))
print(b'report.csv'.endswith((b'.csv', b'.tsv')), b'report.csv'.rpartition(b'.'))
