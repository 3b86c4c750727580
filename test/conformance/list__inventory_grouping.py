# Interval merging and bucketing with lists: sort, merge overlaps, bisect by hand.
intervals = [(5, 8), (1, 3), (2, 4), (10, 12), (7, 9), (12, 15), (20, 21)]

def merge(spans):
    out = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

merged = merge(intervals)
print(merged, sum(e - s for s, e in merged))
gaps = [(a[1], b[0]) for a, b in zip(merged, merged[1:])]
print(gaps)

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

cuts = [0, 10, 50, 100, 500]
labels = ["tiny", "small", "medium", "large", "huge"]
orders = [3, 10, 49, 50, 120, 999, 0, 75]
buckets = {label: [] for label in labels}
for amount in orders:
    i = bisect_left(cuts, amount + 1) - 1
    buckets[labels[i]].append(amount)
print(buckets)
sizes = [len(v) for v in buckets.values()]
print(sizes, sizes.index(max(sizes)), [l for l, v in buckets.items() if not v])
sorted_orders = sorted(orders)
for x in (0, 50, 51, 1000):
    print(x, bisect_left(sorted_orders, x))
window = [sum(orders[i:i + 3]) for i in range(len(orders) - 2)]
print(window, max(window), window.index(max(window)))
print(merge([]), merge([(1, 1)]), merge([(1, 5), (2, 3)]))
