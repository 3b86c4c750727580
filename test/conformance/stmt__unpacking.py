# Nested and starred unpacking in assignments and for targets, and its error messages.

rows = [("ada", (36, "london"), ["math", "poetry"]), ("lin", (29, "oslo"), []), ("sam", (41, "rome"), ["chess"])]
for name, (age, city), [*hobbies] in rows:
    print(f"{name:>4} {age} {city:<7} {hobbies}")

for i, (first, *rest) in enumerate(["abc", "de", "f"]):
    print(i, first, rest)

head, *body, tail = range(6)
print(head, body, tail)
*init, last = "xyz"
print(init, last)
(a, b), [c, *d] = "pq", (1, 2, 3)
print(a, b, c, d)
x, y = y, x = 1, 2
print(x, y)

pairs = {"k1": (1, 2), "k2": (3, 4)}
for key, (lo, hi) in pairs.items():
    print(key, lo + hi)

matrix = [[1, 2, 3], [4, 5, 6]]
(r0c0, *_), (*_, r1c2) = matrix
print(r0c0, r1c2)

attempts = [
    lambda: [p, q] == (p, q := 1),
    lambda: exec_unpack([1, 2, 3], 2),
]


def exec_unpack(seq, n):
    if n == 2:
        u, v = seq
        return u, v


for sample in [[1, 2], [1, 2, 3], [1]]:
    try:
        u, v = sample
        print("ok", u, v)
    except ValueError as e:
        print("ValueError:", e)

for sample in [(1, 2), (1,), ()]:
    try:
        m, n, *o = sample
        print("ok", m, n, o)
    except ValueError as e:
        print("ValueError:", e)

try:
    k, w = 42
except TypeError as e:
    print("TypeError:", e)

for idx, (left, *mid, right) in enumerate([[1, 2], [1, 2, 3, 4], [9]]):
    print(idx, left, mid, right)
