# Splitting bills with round-half-even and integer cents; showing why float cents drift.
prices = [19.99, 5.01, 3.333, 0.125, 2.675, 1.005, 100.0]
for p in prices:
    print(p, round(p, 2), round(p * 100) / 100, f"{p:.2f}", int(p * 100), round(p * 100))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], [round(x, 1) for x in (0.05, 0.15, 0.25, 0.35)])
total = sum(prices)
print(total, round(total, 2), f"{total:,.2f}", total == 132.259)
cents = [round(p * 100) for p in prices]
print(cents, sum(cents), divmod(sum(cents), 100))

def split(amount_cents, ways):
    base, extra = divmod(amount_cents, ways)
    return [base + (1 if i < extra else 0) for i in range(ways)]

for ways in (3, 7, 12):
    parts = split(10000, ways)
    print(ways, parts[:4], sum(parts), max(parts) - min(parts))
drift = 0.0
for _ in range(1000):
    drift += 0.01
print(drift, round(drift, 2), drift == 10.0, abs(drift - 10) < 1e-9)
exact = sum([1] * 1000) / 100
print(exact, exact == 10.0)
rate = 0.0825
for amount in (9.99, 10.0, 123.45):
    tax = amount * rate
    print(amount, tax, round(tax, 2), round(amount + tax, 2), f"{amount + tax:8.3f}")
print(round(1e15 + 0.3, 1), round(123456789.123456789, 5), round(-0.0001, 3), round(5e-324, 2))
