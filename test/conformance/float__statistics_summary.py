# A statistics summary over measurements: mean, variance, median, percentiles, histogram.
data = [12.5, 7.25, 19.0, 3.3, 12.5, 8.8, 15.125, 21.4, 0.1, 9.99, 11.0, 14.2]

def mean(xs):
    return sum(xs) / len(xs)

def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)

m = mean(data)
v = variance(data)
print("n", len(data), "sum", sum(data), "mean", m)
print("var", v, "std", v ** 0.5)
print("median", median(data), "min", min(data), "max", max(data))
for p in (0, 10, 25, 50, 75, 90, 100):
    print(f"p{p:<3} {percentile(data, p):8.3f} {percentile(data, p)!r}")
width = 5.0
bins = {}
for x in data:
    b = int(x // width)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    lo = b * width
    print(f"[{lo:5.1f}, {lo + width:5.1f}) {'#' * bins[b]} {bins[b] / len(data):.1%}")
print(round(m, 2), round(v, 3), round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), round(2.5))
z = [(x - m) / v ** 0.5 for x in data]
print([round(t, 3) for t in z])
print(sum(z), abs(sum(z)) < 1e-9)
print(max(data, key=lambda x: abs(x - m)), min(data, key=lambda x: abs(x - m)))
