# Points as tuples: hashing nested tuples, sorting, comparisons, repetition, and immutability.
points = [(3, 4), (0, 0), (-1, 2), (3, 4), (2, -2), (0, 5)]
unique = sorted(set(points))
print(unique, len(unique))
dist = {p: (p[0] ** 2 + p[1] ** 2) ** 0.5 for p in unique}
print(dist)
print(max(unique, key=dist.get), min(unique), max(unique))
segments = {((0, 0), (3, 4)): "a", ((3, 4), (0, 0)): "b", ((0, 0), (3, 4)): "c"}
print(segments, hash(((1, 2), (3,))) == hash(((1, 2), (3,))))
origin = (0,) * 3
print(origin, (1, 2) * 2, 2 * ("x",), (1,) + (2, 3), () + (), (1, 2) * 0)
a, b, *rest = (10, 20, 30, 40)
print(a, b, rest, (a, b) < (10, 21), (1, 2, 3) > (1, 2), (1, "a") == (1, "a"), () < (0,))
t = (1, [2, 3], "x")
t[1].append(4)
print(t, len(t), t.count(1), t.index("x"), 4 in t[1], t[::-1], t[1:], t[-1])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sum(x for pair in ((1, 2), (3, 4)) for x in pair))
print(tuple(range(4)), tuple("ab"), tuple({3: 0, 1: 0}), tuple(x * x for x in range(3)))
print(repr(()), repr((1,)), str((None, True)), tuple([[]]))
swap = (1, 2)
swap = swap[::-1]
print(swap, divmod(17, 5), tuple(divmod(-17, 5)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < ("a", 2)
except TypeError as e:
    print("TypeError:", e)
