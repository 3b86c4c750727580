total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
else:
    total = -total
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    n = 100
for a, (b, *c) in [(1, (2, 3, 4))]:
    pass
total
