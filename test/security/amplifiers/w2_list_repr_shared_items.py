# expect: error MemoryError
# Fifty references to one 200,000-character string: each repr fits, the list's does not.
s = 'a' * 200_000
r = repr([s] * 50)
