# expect: error MemoryError
s = ('a' * 100_000).translate({97: 'b' * 1000})
