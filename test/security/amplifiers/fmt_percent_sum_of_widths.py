# expect: error MemoryError
s = '%5000000s%5000000s' % ('a', 'b')
