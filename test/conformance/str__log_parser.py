# Parse web-server style log lines into records, then summarise by status and path.
LOG = """\
2024-03-01T10:00:01 GET /api/users 200 12ms
2024-03-01T10:00:02 POST /api/users 201 40ms
2024-03-01T10:00:05 GET /api/orders?id=7 404 3ms
  2024-03-01T10:00:07 GET /health 200 1ms
2024-03-01T10:00:09 DELETE /api/users/3 500 120ms
malformed line here
2024-03-01T10:00:11 GET /api/users 200 15ms
"""

def parse(line):
    parts = line.split()
    if len(parts) != 5:
        return None
    stamp, method, target, status, took = parts
    date, _, time = stamp.partition('T')
    path, sep, query = target.partition('?')
    return {
        'date': date, 'time': time, 'method': method.upper(),
        'path': path, 'query': query if sep else None,
        'status': int(status), 'ms': int(took.removesuffix('ms')),
    }

records, bad = [], []
for n, raw in enumerate(LOG.splitlines(), start=1):
    rec = parse(raw.strip())
    if rec is None:
        bad.append(n)
    else:
        records.append(rec)

print(f"parsed {len(records)} records, bad lines: {bad}")
by_status = {}
for r in records:
    key = f"{r['status'] // 100}xx"
    by_status.setdefault(key, []).append(r['path'])
for key in sorted(by_status):
    print(f"{key}: {', '.join(by_status[key])}")

slow = [r for r in records if r['ms'] >= 40]
for r in slow:
    print("SLOW {method:<6} {path:<15} {ms:>5}ms at {time}".format(**r))

paths = {}
for r in records:
    paths[r['path']] = paths.get(r['path'], 0) + 1
top = sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))
print(' | '.join(f'{p}={c}' for p, c in top))
print(max(records, key=lambda r: r['ms'])['path'].rsplit('/', 1))
print([r['query'] for r in records if r['query']])
