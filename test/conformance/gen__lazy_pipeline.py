# Lazy generator pipelines over log lines: laziness shown by side effects, generator
# expressions consumed once, chained filters, batching and early termination.
LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout
2024-01-02 INFO request ok
2024-01-03 ERROR db timeout
2024-01-03 WARN disk 93%
2024-01-04 INFO stop service"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        print(f"  read line {n}")
        yield line


def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


errors = only("ERROR", parse(read_lines(LOG)))
print("pipeline built, nothing read yet")
first = next(errors)
print("first error:", first["date"], first["msg"])
print("rest:", [e["date"] for e in errors])
print("again:", list(errors))

squares = (n * n for n in range(10))
print(sum(squares), sum(squares))
print(list(batched(range(7), 3)), list(batched([], 2)))
levels = {}
for rec in parse(LOG.splitlines()):
    levels[rec["level"]] = levels.get(rec["level"], 0) + 1
print(levels)


def numbers():
    n = 0
    while True:
        yield n
        n += 1


evens = (n for n in numbers() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(any(n > 3 for n in numbers()), next(n for n in numbers() if n * n > 50))
pairs = zip(numbers(), "abc")
print(list(pairs), dict(zip("xyz", numbers())))
gen = (1 / n for n in [2, 1, 0])
print(next(gen), next(gen))
