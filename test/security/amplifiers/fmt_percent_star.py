# expect: ok
for args in (('%*d', (10**9, 1)), ('%.*f', (10**9, 1.5)), ('%s' * 9, tuple(['x' * 1_000_000] * 9))):
    try:
        args[0] % args[1]
        print('UNREACHABLE')
    except MemoryError:
        print('ok')
