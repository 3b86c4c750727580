# Generator expressions consumed by builtins, and laziness made visible.

readings = [12.5, 14.2, 9.8, 22.1, 18.4, 7.7, 30.2, 15.0]
print(sum(r for r in readings if r > 10))
print(max(r for r in readings if r < 20), min((r for r in readings), default=None))
print(any(r > 30 for r in readings), all(r > 5 for r in readings))
print(sorted((round(r) for r in readings), reverse=True))
print(list(enumerate(r for r in readings if r > 15)))
print(dict((f"s{i}", r) for i, r in enumerate(readings[:3])))
print(set(int(r) % 5 for r in readings))
print(tuple(x * 2 for x in range(5)), ",".join(str(i) for i in range(6)))

seen = []


def trace(x):
    seen.append(x)
    return x


lazy = (trace(x) * 10 for x in range(5))
print("created, evaluated so far:", seen)
print("first:", next(lazy), "seen:", seen)
print("rest:", list(lazy), "seen:", seen)

found = next((r for r in readings if r > 20), None)
missing = next((r for r in readings if r > 100), "none above 100")
print(found, missing)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
diag = sum(matrix[i][i] for i in range(len(matrix)))
print("diag", diag, "anti", sum(matrix[i][-1 - i] for i in range(len(matrix))))
pairs = ((a, b) for a in range(4) for b in range(a))
print(list(pairs))
words = ["alpha", "beta", "gamma", "delta"]
print(sum(len(w) for w in words) / len(words), " ".join(w[0].upper() + w[1:] for w in words))
nested = (x for x in (y * 2 for y in range(5)) if x % 3)
print(list(nested))
total = 0
for chunk in (readings[i:i + 3] for i in range(0, len(readings), 3)):
    total += max(chunk)
    print(chunk, max(chunk))
print(round(total, 2))
