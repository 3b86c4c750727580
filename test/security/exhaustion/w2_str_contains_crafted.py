# expect: limit ops
# A needle that makes a naive search quadratic: 'in' must be linear and charged.
h = 'a' * 262144
n = 'a' * 65536 + 'b' + 'a' * 65536
while True:
    n in h
