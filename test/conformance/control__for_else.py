# for/else and while/else: searching, prime checks and retry loops.


def find_first(items, predicate):
    for i, item in enumerate(items):
        if predicate(item):
            print(f"  found {item!r} at {i}")
            break
    else:
        print("  nothing matched")
        return None
    return i


find_first([3, 8, 12, 5], lambda x: x > 10)
find_first([3, 8], lambda x: x > 10)
find_first([], lambda x: True)

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()

attempts = 0
results = [False, False, True, False]
while attempts < len(results):
    ok = results[attempts]
    attempts += 1
    if ok:
        print("succeeded after", attempts, "attempts")
        break
else:
    print("gave up")

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

for i in range(3):
    if i == 1:
        continue
    print("loop body", i)
else:
    print("else runs after continue-only loops")

matrix = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == 99:
            break
    else:
        continue
    print("99 found at", (r, c))
    break


def validate(order):
    for line in order:
        if line["qty"] <= 0:
            return f"bad qty in {line['sku']}"
    else:
        return "order ok"


print(validate([{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}]))
print(validate([{"sku": "a", "qty": 1}, {"sku": "b", "qty": 0}]))
