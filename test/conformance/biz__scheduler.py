# Meeting scheduler: parses HH:MM ranges, detects overlaps, finds free slots and books greedily.


def to_minutes(hhmm):
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def to_hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse(entry):
    title, span = entry.split("@")
    start, end = span.split("-")
    return title.strip(), to_minutes(start.strip()), to_minutes(end.strip())


CALENDAR = [
    "Standup @ 09:00-09:15",
    "Design review @ 10:00-11:30",
    "Lunch @ 12:00-13:00",
    "1:1 @ 11:15-11:45",
    "Deploy @ 15:30-16:00",
    "Retro @ 16:00-17:00",
]
meetings = sorted((parse(e) for e in CALENDAR), key=lambda m: (m[1], m[2]))
for title, start, end in meetings:
    print(f"{to_hhmm(start)}-{to_hhmm(end)} {title} ({end - start} min)")

conflicts = []
for i, (a_title, a_start, a_end) in enumerate(meetings):
    for b_title, b_start, b_end in meetings[i + 1:]:
        if b_start < a_end and a_start < b_end:
            conflicts.append((a_title, b_title, min(a_end, b_end) - max(a_start, b_start)))
print("conflicts:", conflicts)


def free_slots(meetings, day_start, day_end, min_len):
    slots = []
    cursor = day_start
    for _, start, end in meetings:
        if start - cursor >= min_len:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if day_end - cursor >= min_len:
        slots.append((cursor, day_end))
    return slots


slots = free_slots(meetings, to_minutes("09:00"), to_minutes("18:00"), 30)
print("free:", [f"{to_hhmm(a)}-{to_hhmm(b)}" for a, b in slots])
requests = [("Interview", 60), ("Budget", 45), ("Coffee", 30), ("Workshop", 120), ("Sync", 30)]
booked = []
for title, length in requests:
    for k, (a, b) in enumerate(slots):
        if b - a >= length:
            booked.append((title, to_hhmm(a), to_hhmm(a + length)))
            slots[k] = (a + length, b)
            break
    else:
        booked.append((title, "unscheduled", ""))
for row in booked:
    print(" ".join(row).rstrip())
busy = sum(end - start for _, start, end in meetings)
print(f"busy {busy // 60}h{busy % 60:02d}m of 9h, utilisation {busy / 540:.1%}")
