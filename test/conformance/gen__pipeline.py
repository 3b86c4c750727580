# Generator pipelines: lazily read, parse, filter and aggregate log lines.

LOG = """2024-01-01 INFO start service=api
2024-01-01 WARN slow request ms=950
2024-01-02 ERROR timeout ms=3000
2024-01-02 INFO request ms=120
2024-01-03 ERROR crash code=5
2024-01-03 INFO request ms=80
2024-01-04 WARN slow request ms=1200"""

events = []


def read_lines(text):
    for line in text.splitlines():
        events.append("read")
        yield line


def parse(lines):
    for line in lines:
        date, level, *rest = line.split()
        fields = {}
        words = []
        for part in rest:
            if "=" in part:
                k, v = part.split("=")
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(part)
        yield {"date": date, "level": level, "msg": " ".join(words), **fields}


def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


pipeline = only({"WARN", "ERROR"}, parse(read_lines(LOG)))
print(type(pipeline).__name__, events)
first_two = list(take(2, pipeline))
for r in first_two:
    print(r)
print("lines read so far:", len(events))
rest = list(pipeline)
print("remaining:", [(r["date"], r["level"]) for r in rest])
print("lines read:", len(events))

slow = sum(r.get("ms", 0) for r in parse(read_lines(LOG)) if r.get("ms", 0) > 500)
print("slow ms total:", slow)
per_day = {}
for r in parse(read_lines(LOG)):
    per_day[r["date"]] = per_day.get(r["date"], 0) + 1
print(per_day)
squares = (n * n for n in range(10))
print(next(squares), next(squares), sum(squares))
print(max(len(line) for line in LOG.splitlines()))
