# expect: error MemoryError
h = bytes(6_000_000).hex()
