# expect: error MemoryError
s = format(1.5, '.999999999f')
