# Set iteration order of ints follows CPython's hash table; displays, comprehensions, algebra.
print({5, 3, 1}, {10, 1, 100, 5}, {-1, -2, 5, 0}, {32, 1, 64, 8})
print(set([40, 8, 16, 24, 0]), {x * 7 % 13 for x in range(13)}, set(range(20, 0, -3)))
a = {1, 2, 3, 100, 200}
b = {3, 4, 100, 1000}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b), len(a | b))
big = set(range(0, 60, 7))
print(big, 35 in big, 36 in big)
big.discard(0)
big.add(1000)
big.add(-5)
print(big)
grow = set()
for i in range(0, 100, 9):
    grow.add(i)
print(grow, list(grow)[:3])
print(set([3, 2, 1]) == {1, 2, 3}, {1, 2} != {1, 2, 3}, frozenset({8, 9}), frozenset(range(3)) | frozenset([99]))
print(sorted({(1, 2), (0, 5), (1, -1)}), {(1, 2), (1, 2)}, {None}, {1.5, 2.5})
copy = big.copy()
copy.clear()
print(copy, big.symmetric_difference(range(0, 30, 7)), big.issuperset([7, 14]), big.issubset(range(2000)))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
