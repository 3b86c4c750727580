# Pagination with range objects: slicing, indexing, membership, reversed, equality and repr.
total = 47
per_page = 10
pages = range(0, total, per_page)
print(pages, len(pages), list(pages), pages[-1], pages[1:3], pages[::-1], pages[::2])
for p in pages:
    rows = range(p, min(p + per_page, total))
    print(f"page {p // per_page + 1}: {rows.start}-{rows.stop - 1} ({len(rows)} rows)")
r = range(3, 40, 4)
print(r.index(23), r.count(23), r.count(24), 23 in r, 24 in r, -1 in r, 3.0 in r, r.index(7.0))
print(list(reversed(r))[:3], r[2], r[-2], r[1:-1:2], r[::-3], r[100:], r[-100:2])
print(range(5) == range(0, 5), range(0) == range(3, 3), range(1, 10, 3) == range(1, 11, 3), range(2) != [0, 1])
print(range(10, 0, -3), list(range(10, 0, -3)), len(range(-5)), bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(range(5)[True], range(2, 8).start, range(2, 8).stop, range(2, 8).step, repr(range(-3, 3, 2)))
print(list(range(0, -10, -4)), list(range(5, 5)), [i * i for i in range(-2, 3)])
evens = range(0, 100, 2)
print(evens[10:20:5], 50 in evens, 51 in evens, evens.index(98), len(evens[::7]))
big = range(10**12)
print(len(big), big[-1], 10**12 - 1 in big, big[10**11:10**11 + 3])
for bad in (lambda: range(1, 5, 0), lambda: range(5)[5], lambda: range(5).index(7), lambda: range(1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
