# expect: error MemoryError
s = format(7, '0999999999d')
