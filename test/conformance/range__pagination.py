# Pagination helpers built on range: page windows, page-number strips with ellipses, batching.


def page_bounds(total, per_page, page):
    pages = range(1, (total + per_page - 1) // per_page + 1)
    if page not in pages:
        raise IndexError(f"page {page} out of 1..{len(pages)}")
    start = (page - 1) * per_page
    return range(start, min(start + per_page, total))


def page_strip(current, last, window=1):
    shown = []
    for p in range(1, last + 1):
        if p in (1, last) or p in range(current - window, current + window + 1):
            shown.append(p)
    out = []
    prev = 0
    for p in shown:
        if p - prev > 1:
            out.append("…")
        out.append(f"[{p}]" if p == current else str(p))
        prev = p
    return " ".join(out)


items = [f"item{i:02d}" for i in range(23)]
for page in (1, 3, 5):
    r = page_bounds(len(items), 5, page)
    print(page, r, [items[i] for i in r])
try:
    page_bounds(len(items), 5, 6)
except IndexError as e:
    print("IndexError:", e)
for current in (1, 2, 5, 9, 10):
    print(page_strip(current, 10))
print(page_strip(3, 4, window=0), "|", page_strip(1, 1))

batches = [list(range(i, min(i + 4, 10))) for i in range(0, 10, 4)]
print(batches)
r = range(100, 0, -7)
print(len(r), r[0], r[-1], r[3:6], list(r[-3:]), 93 in r, 94 in r, r.index(86))
print(range(0, 10, 3) == range(0, 12, 3), range(0) == range(5, 5), list(range(-1, -10, -4)))
evens, odds = range(0, 20, 2), range(1, 20, 2)
print(sum(evens), sum(odds), [e * o for e, o in zip(evens, odds)][:4], max(evens[1:4]))
print(list(reversed(range(2, 11, 4))), sorted(range(5), reverse=True), min(range(-3, 3), key=abs))
