# Arithmetic progressions with range: sums by formula vs sum(), membership, negative steps, errors.
def ap_sum(r):
    n = len(r)
    return n * (r[0] + r[-1]) // 2 if n else 0

cases = [range(1, 101), range(0, 1000, 7), range(50, 0, -3), range(-20, 20, 6), range(5, 5), range(10**6)]
for r in cases:
    print(r, len(r), ap_sum(r), ap_sum(r) == sum(r))
fizz = range(3, 100, 3)
buzz = range(5, 100, 5)
both = [n for n in range(1, 100) if n in fizz and n in buzz]
print(both, len(fizz) + len(buzz) - len(both))
r = range(100, -100, -7)
print(r[0], r[-1], r[5], len(r), r.index(-40), 2 in r, -40 in r, r.count(-40), r[3:6], r[::-10])
print(list(range(0)), list(range(-3)), list(range(2, -2, -1)), range(0, 10, 2) == range(0, 9, 2))
print(range(3) == range(3), range(3) is range(3), list(map(len, [range(i) for i in range(4)])))
print(max(range(7, 70, 9)), min(range(7, 70, 9)), sorted(range(3), reverse=True), list(reversed(range(1, 4))))
print(sum(range(1, 11)) ** 2 - sum(i * i for i in range(1, 11)))
print([i for i in range(20) if i % 2][3:7], range(20)[1::2][3:7], list(range(20)[1::2][3:7]))
print(range(1, 10)[-100:100], range(1, 10)[5:2], range(1, 10)[5:2:-1])
