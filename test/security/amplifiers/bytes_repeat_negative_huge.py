# expect: error OverflowError: cannot fit 'int' into an index-sized integer
# A repeat count outside Py_ssize_t is refused as CPython does, in either direction (it printed b'').
b'x' * -10**20
