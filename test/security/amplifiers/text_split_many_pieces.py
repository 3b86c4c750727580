# expect: error MemoryError
parts = (',' * 4_000_000).split(',')
