# Version strings parsed into tuples and compared lexicographically; a bad version at the end.
def parse(v):
    parts = v.split(".")
    return tuple(int(p) for p in parts)

versions = ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9", "2.0.0", "1.2.9"]
parsed = [parse(v) for v in versions]
print(parsed)
print(sorted(set(parsed)), max(parsed), min(parsed))
print(sorted(versions, key=parse), sorted(versions))
print(parse("1.2") < parse("1.2.0"), parse("1.2.0") == (1, 2, 0), (1, 2) + (0,) == parse("1.2.0"))
req = (1, 2, 5)
ok = [v for v in versions if parse(v) >= req]
print(ok, len(ok))
latest = {}
for v in versions:
    major = parse(v)[0]
    if major not in latest or parse(v) > parse(latest[major]):
        latest[major] = v
print(latest)
bumped = [(t[0], t[1] + 1) + t[2:] for t in parsed]
print(bumped)
print(tuple(reversed(parse("3.2.1"))), parse("3.2.1")[::-1], parse("3.2.1").index(2), parse("1.1.1").count(1))
print(hash(parse("1.2")) == hash((1, 2)), {parse("1.2"): "x"}[(1, 2)], (1, 2) in {parse("1.2")})
