# Time slots from ranges: minutes to HH:MM, overlap checks with range membership, free windows.
def hhmm(m):
    return f"{m // 60:02d}:{m % 60:02d}"

day = range(9 * 60, 17 * 60, 30)
print(len(day), hhmm(day[0]), hhmm(day[-1]), [hhmm(m) for m in day[::4]])
busy = [range(9 * 60, 10 * 60), range(11 * 60 + 30, 13 * 60), range(15 * 60, 15 * 60 + 45)]
free = [m for m in day if not any(m in b for b in busy)]
print([hhmm(m) for m in free])
windows = []
for m in free:
    if windows and windows[-1][1] == m:
        windows[-1][1] = m + 30
    else:
        windows.append([m, m + 30])
print([(hhmm(a), hhmm(b)) for a, b in windows])
print(max(windows, key=lambda w: w[1] - w[0]))
for b in busy:
    print(b, len(b), hhmm(b.start), hhmm(b.stop), b[len(b) // 2], 600 in b)
overlap = [(i, j) for i in range(len(busy)) for j in range(i + 1, len(busy))
           if busy[i].start < busy[j].stop and busy[j].start < busy[i].stop]
print(overlap)
weekly = range(0, 7 * 24 * 60, 24 * 60)
print(weekly, [m // 1440 for m in weekly], weekly.index(4320), 4321 in weekly, weekly[-2:])
print(list(range(17 * 60, 9 * 60, -120)), range(10)[3:7][::2], range(100)[::-25])
print(sum(len(b) for b in busy), sum(busy[0]) // len(busy[0]), min(busy, key=len))
print(hhmm(day.index(12 * 60 + 15)))
