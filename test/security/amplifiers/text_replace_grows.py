# expect: error MemoryError
s = ('a' * 1_000_000).replace('a', 'aaaaaaaaaaaaaaaaaaaa')
