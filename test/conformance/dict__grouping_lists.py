# Grouping orders into a dict of lists with setdefault/get, then summarising per group.
orders = [
    {"id": 1, "customer": "acme", "region": "west", "total": 250},
    {"id": 2, "customer": "globex", "region": "east", "total": 75},
    {"id": 3, "customer": "acme", "region": "west", "total": 130},
    {"id": 4, "customer": "initech", "region": "south", "total": 990},
    {"id": 5, "customer": "globex", "region": "east", "total": 15},
    {"id": 6, "customer": "umbrella", "region": "west", "total": 410},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o["id"])
print(by_customer)
by_region = {}
for o in orders:
    by_region[o["region"]] = by_region.get(o["region"], 0) + o["total"]
print(by_region, max(by_region, key=by_region.get), min(by_region.items(), key=lambda kv: kv[1]))
index = {o["id"]: o for o in orders}
print(index[4]["customer"], 7 in index, index.get(7, "missing"), len(index))
totals = dict.fromkeys(by_customer, 0)
for o in orders:
    totals[o["customer"]] += o["total"]
print(totals)
ranked = dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
print(ranked, list(ranked)[:2])
merged = {"acme": 1} | {"new": 2} | {"acme": 3}
print(merged)
merged |= [("late", 4)]
print(merged)
inverted = {}
for cust, ids in by_customer.items():
    for i in ids:
        inverted[i] = cust
print(inverted, sorted(inverted.items())[:3])
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": 1}, k=2))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
removed = counts.pop("m"), counts.pop("zz", None)
print(removed, counts.popitem(), counts)
print(by_customer["hooli"])
