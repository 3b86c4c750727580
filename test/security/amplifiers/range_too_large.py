# expect: error OverflowError: Python int too large to convert to C ssize_t
list(range(10**20))
