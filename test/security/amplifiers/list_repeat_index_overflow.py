# expect: error OverflowError: cannot fit 'int' into an index-sized integer
[0] * 10**20
