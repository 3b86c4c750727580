# expect: error MemoryError
s = 'x'.ljust(999999999, '#')
