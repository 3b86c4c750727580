# Tuples and unpacking: swaps, star targets, nested patterns, returning several values.

point = (3, 4)
x, y = point
print(x, y, point[0], point[-1], len(point))
x, y = y, x
print("swapped:", x, y)

first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
*init, end = (10,)
print(init, end)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (name, score) in enumerate([("x", 1), ("y", 2)]):
    print(i, name, score)


def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
stats = min_max_mean([1, 2])
print(stats, type(stats).__name__)

t = (1, 2, 3) + (4,)
print(t, t * 2, t[1:3], t[::-1], 3 in t, t.index(3), t.count(2))
print((), (1,), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) == (2,), max((1, "b"), (1, "a")))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))

records = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("gizmo", 4, 1.25)]
total = 0
for name, qty, price in records:
    total += qty * price
print("total:", total)
names, qtys, prices = zip(*records)
print(names, qtys, prices)
coords = {(0, 0): "origin", (1, 2): "p"}
print(coords[(1, 2)], coords[0, 0])
a = b = c = 7
print(a, b, c)
a, b, c = range(3)
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)))
values = [1, 2, 3]
try:
    p, q = values
except ValueError as e:
    print("error:", e)
p, q, r = values
print(p + q + r)
