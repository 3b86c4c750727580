# expect: ok
for f in (lambda: bytes(10**9), lambda: bytearray(10**9), lambda: (1).to_bytes(10**9, 'big'), lambda: bytearray(b'xy') * 10**8):
    try:
        f()
        print('UNREACHABLE')
    except MemoryError:
        print('ok')
