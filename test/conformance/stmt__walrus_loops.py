# Assignment expressions in while conditions, comprehension filters and if tests.

queue = [5, 3, 8, 1, 9, 2]
processed = []
while (item := queue.pop(0) if queue else None) is not None:
    if item > 7:
        continue
    processed.append(item)
print("processed", processed, "left", queue, "last", item)

text = "alpha beta gamma delta epsilon"
long_words = [(w, n) for w in text.split() if (n := len(w)) > 4]
print(long_words, "last n:", n)

readings = [12.5, 13.1, 40.2, 12.9, -3.0, 13.3]
if (bad := [r for r in readings if not 0 < r < 30]):
    print(f"{len(bad)} bad readings: {bad}")

chunks = []
data = list(range(11))
while chunk := data[:4]:
    chunks.append(chunk)
    data = data[4:]
print(chunks)

stats = {"min": (lo := min(readings)), "max": (hi := max(readings)), "span": round(hi - lo, 2)}
print(stats)


def first_match(rows, pred):
    for row in rows:
        if (hit := pred(row)):
            return row, hit
    return None


print(first_match([{"n": 1}, {"n": 4}, {"n": 9}], lambda r: r["n"] > 3 and r["n"] * 10))
totals = [total := 0] + [total := total + x for x in [1, 2, 3, 4]]
print(totals, total)
