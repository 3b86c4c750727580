# expect: error OverflowError: too many digits in integer
1 << 10**20
