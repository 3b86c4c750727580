# Tuples as lightweight records: a hand-made named record, sorting, grouping and immutability.

FIELDS = ("sku", "name", "qty", "price")


def record(*values):
    if len(values) != len(FIELDS):
        raise ValueError(f"expected {len(FIELDS)} values, got {len(values)}")
    return tuple(values)


def get(rec, field):
    return rec[FIELDS.index(field)]


def replace(rec, **changes):
    return tuple(changes.get(f, v) for f, v in zip(FIELDS, rec))


stock = [
    record("A1", "bolt", 120, 0.10),
    record("B7", "nut", 300, 0.05),
    record("C3", "hinge", 8, 2.40),
    record("A2", "washer", 0, 0.02),
]
for rec in stock:
    sku, name, qty, price = rec
    print(f"{sku} {name:<7}{qty:>4} @ {price:.2f} = {qty * price:>6.2f}")
print(sorted(stock, key=lambda r: get(r, "qty"))[0], max(stock, key=lambda r: r[2] * r[3])[1])
restocked = [replace(r, qty=50) if get(r, "qty") < 10 else r for r in stock]
print(restocked)
print(stock[3], restocked[3], stock[3] == restocked[3], stock[0] == restocked[0])
try:
    stock[0][2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    record("Z9", "extra")
except ValueError as e:
    print("ValueError:", e)
by_prefix = {}
for rec in stock:
    by_prefix.setdefault(rec[0][0], []).append(rec[0])
print(by_prefix)
skus, names, qtys, prices = zip(*stock)
print(skus, sum(qtys), round(sum(prices), 2))
pairs = sorted(zip(prices, names), reverse=True)
print(pairs)
print(tuple(sorted(set(qtys))), (1, 2) + (3,) * 2, ((1, 2),) * 2, tuple(reversed(skus)))
origin = (0, 0)
moves = [(1, 0), (0, 2), (-3, 1)]
pos = origin
for dx, dy in moves:
    pos = (pos[0] + dx, pos[1] + dy)
print(pos, origin, abs(pos[0]) + abs(pos[1]))
