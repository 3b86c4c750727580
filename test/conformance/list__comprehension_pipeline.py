# A data-cleaning pipeline with comprehensions, nested lists, flatten/chunk helpers.
raw = ["  42", "x", "17 ", "", "-3", "8.5", "100", " 7 ", "abc", "0"]
cleaned = [s.strip() for s in raw]
numbers = [int(s) for s in cleaned if s.lstrip("-").isdigit()]
print(cleaned, numbers)
rejected = [s for s in cleaned if not s.lstrip("-").isdigit()]
print(rejected, len(rejected) + len(numbers) == len(raw))

def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]

def flatten(xss):
    return [x for xs in xss for x in xs]

print(chunks(numbers, 2), chunks(numbers, 4), chunks([], 3))
print(flatten(chunks(numbers, 3)) == numbers, flatten([[1, [2]], [], [3]]))
table = [[r * c for c in range(1, 5)] for r in range(1, 4)]
print(table, [sum(row) for row in table], [sum(col) for col in zip(*table)])
print([x for row in table for x in row if x % 2], [[x for x in row if x > 4] for row in table])
labels = ["neg" if n < 0 else "zero" if n == 0 else "pos" for n in numbers]
print(list(zip(numbers, labels)))
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1, 4] if not (x in seen or seen.add(x))]
print(dedup, sorted(seen))
running = []
total = 0
for n in numbers:
    total += n
    running.append(total)
print(running, running[-1] == sum(numbers))
pairs = [(a, b) for a in range(4) for b in range(a + 1, 4)]
print(pairs, len(pairs))
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 9
print(matrix, [row[:] for row in matrix] == matrix)
