# A scheduler over a dict keyed by (day, hour) tuples; sorted keys, conflicts, and a missing slot.
slots = {}

def book(day, hour, who):
    key = (day, hour)
    if key in slots:
        return f"conflict: {key} held by {slots[key]}"
    slots[key] = who
    return f"booked {who} at {day}@{hour:02d}"

requests = [(2, 9, "ana"), (1, 14, "bo"), (2, 9, "cy"), (1, 9, "di"), (3, 16, "ana"), (1, 14, "ed")]
for r in requests:
    print(book(*r))
for (day, hour), who in sorted(slots.items()):
    print(day, hour, who)
per_person = {}
for (day, hour), who in slots.items():
    per_person.setdefault(who, []).append((day, hour))
print({k: sorted(v) for k, v in sorted(per_person.items())})
by_day = {}
for day, hour in sorted(slots):
    by_day.setdefault(day, []).append(hour)
print(by_day, {d: len(h) for d, h in by_day.items()})
free = [(d, h) for d in range(1, 4) for h in (9, 14, 16) if (d, h) not in slots]
print(free, len(free))
cancel = slots.pop((1, 9))
print(cancel, len(slots), list(slots))
copy = slots.copy()
copy.clear()
print(copy, len(slots))
first = next(iter(sorted(slots)))
print(first, slots[first], min(slots), max(slots, key=lambda k: (k[1], k[0])))
print(slots[(4, 9)])
