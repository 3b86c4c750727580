# Lambdas with map/filter/sorted/min/max, and small functional helpers.

prices = [19.99, 5.0, 120.0, 42.5, 7.25]
print(list(map(lambda p: round(p * 1.2, 2), prices)))
print(list(filter(lambda p: p > 10, prices)))
print(list(map(str, range(5))), list(map(int, ["1", "22", "333"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sorted(prices, key=lambda p: -p)[:3])

orders = [
    {"id": 1, "customer": "ann", "total": 250.0, "status": "paid"},
    {"id": 2, "customer": "bob", "total": 75.5, "status": "pending"},
    {"id": 3, "customer": "ann", "total": 30.0, "status": "paid"},
    {"id": 4, "customer": "cyd", "total": 510.0, "status": "refunded"},
    {"id": 5, "customer": "bob", "total": 99.9, "status": "paid"},
]

paid = list(filter(lambda o: o["status"] == "paid", orders))
print([o["id"] for o in paid])
print(sum(map(lambda o: o["total"], paid)))
biggest = max(orders, key=lambda o: o["total"])
smallest = min(orders, key=lambda o: o["total"])
print(biggest["id"], smallest["id"])


def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


print(reduce(lambda a, b: a + b, range(10), 0))
print(reduce(lambda acc, o: acc | {o["customer"]: acc.get(o["customer"], 0) + o["total"]}, orders, {}))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2], 0))


def group_by(items, key):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


by_status = group_by(orders, lambda o: o["status"])
print({k: [o["id"] for o in v] for k, v in by_status.items()})
square = lambda x: x * x
print(square(12), (lambda *a: len(a))(1, 2, 3), (lambda x, y=2: x ** y)(5))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello Big World "
for fn in pipeline:
    value = fn(value)
print(repr(value))
print(any(map(lambda o: o["total"] > 500, orders)), all(o["id"] > 0 for o in orders))
