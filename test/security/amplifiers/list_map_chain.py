# expect: limit ops
x = iter(range(10**9))
for i in range(500):
    x = map(abs, x)
sum(x)
