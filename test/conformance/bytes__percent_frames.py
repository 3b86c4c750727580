# Building ASCII protocol frames with bytes %-formatting, then parsing them back.
def frame(cmd, *args):
    body = b' '.join(b'%s' % a if isinstance(a, bytes) else b'%d' % a for a in args)
    line = b'%-4s %03d %s' % (cmd, len(body), body)
    return line + b'\r\n'

frames = [frame(b'SET', b'key1', 42), frame(b'GET', b'key1'), frame(b'INCR', b'counter', 5, -2), frame(b'PING')]
for f in frames:
    print(f)
stream = b''.join(frames)
print(len(stream), stream.count(b'\r\n'), stream[:4], stream[-6:])
for line in stream.split(b'\r\n'):
    if not line:
        continue
    cmd, size, *rest = line.split(None, 2) + [b'']
    body = rest[0]
    print('%-5s size=%d ok=%s args=%r' % (cmd.decode().strip(), int(size), int(size) == len(body), body.split()))
print(b'%c%c%c' % (79, 75, b'!'), b'%5.1f|%-6x|%+d' % (3.14159, 255, 7), b'%%d' % ())
print(b'%(user)s:%(id)04d' % {b'user': b'ann', b'id': 7}, b'%r %a' % ('é', 'x'))
print(bytearray(b'[%s]') % b'ba', b'%b' % bytearray(b'ok'))
for bad in [lambda: b'%s' % 'text', lambda: b'%d' % b'1', lambda: b'%c' % 300, lambda: b'%s %s' % (b'a',)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
