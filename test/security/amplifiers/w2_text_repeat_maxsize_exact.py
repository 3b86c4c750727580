# expect: error OverflowError: repeated string is too long
# len * n is exactly 2**63, one past sys.maxsize: a float comparison missed it.
s = 'ab' * 2**62
