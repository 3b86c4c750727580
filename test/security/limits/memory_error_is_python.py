# expect: error MemoryError: x
# A script can raise and catch MemoryError: it is an ordinary Python exception, never a limit.
try:
    raise MemoryError("caught")
except MemoryError as e:
    print(e)
raise MemoryError("x")
