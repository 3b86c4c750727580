# expect: error OverflowError: cannot fit 'int' into an index-sized integer
s = 'a' * 10**20
