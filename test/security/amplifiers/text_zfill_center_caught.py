# expect: ok
for f in (lambda: '1'.zfill(10**9), lambda: 'x'.center(10**9), lambda: 'a\tb'.expandtabs(10**8)):
    try:
        f()
        print('UNREACHABLE')
    except MemoryError:
        print('ok')
