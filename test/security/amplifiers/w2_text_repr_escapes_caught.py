# expect: ok
# repr() of text whose escapes grow it past the byte budget: a catchable MemoryError, sized before
# building (it used to surface as an internal error).
try:
    r = repr('\x00' * 4_000_000)
    print('UNREACHABLE')
except MemoryError:
    print('MemoryError')
