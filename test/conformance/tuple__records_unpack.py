# Records as tuples: unpacking in loops, zip/enumerate, star-unpacking and unpacking errors.
rows = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75)]
for i, (name, qty, price) in enumerate(rows, start=1):
    print(f"{i}. {name:<10} {qty:>3} x {price:>6.2f} = {qty * price:>7.2f}")
names, qtys, prices = zip(*rows)
print(names, qtys, prices, sum(q * p for q, p in zip(qtys, prices)))
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
(a, b), c = (1, 2), 3
print(a, b, c)
pairs = list(zip("abc", [1, 2, 3], (True, False, None)))
print(pairs, list(zip(*pairs)))
table = dict((name, qty) for name, qty, _ in rows)
print(table, sorted(table.items(), key=lambda kv: kv[1]))
x, y = y, x = 1, 2
print(x, y)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
record = ("late", 4)
