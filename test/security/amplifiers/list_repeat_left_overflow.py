# expect: error OverflowError: cannot fit 'int' into an index-sized integer
10**20 * [1, 2]
