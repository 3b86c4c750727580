# expect: limit ops
# Each read after an append copies the whole string (V8 ropes): the reads are charged for it.
s = 'x' * 10_000
while True:
    s += 'x'
    c = s[-1]
