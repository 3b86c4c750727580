# expect: limit ops
# limits: maxOps=200000
# Indexing the end of a long string with astral characters must not rescan it each time.
s = '😀' * 1_000_000
while True:
    c = s[-1]
    c = s[-500_000]
