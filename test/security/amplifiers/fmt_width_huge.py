# expect: error MemoryError
s = '{:>999999999}'.format(1)
