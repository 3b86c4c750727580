# Savings plan with monthly compounding, amortisation and rounding to cents.
principal = 250_000.0
annual = 0.0425
months = 360
r = annual / 12
payment = principal * r / (1 - (1 + r) ** -months)
print(f"payment {payment:.2f} {payment!r}")
balance = principal
paid_interest = 0.0
for m in range(1, months + 1):
    interest = balance * r
    paid_interest += interest
    balance -= payment - interest
    if m in (1, 2, 12, 60, 120, 359, 360):
        print(f"{m:3d} interest={interest:10.2f} balance={balance:12.2f}")
print("total interest", round(paid_interest, 2), "final", round(balance, 6))
savings = 0.0
for year in range(1, 11):
    savings = (savings + 1200) * 1.05
    print(year, round(savings, 2), f"{savings:,.2f}", f"{savings:e}")
print(1.1 * 3, 1.1 + 1.1 + 1.1, round(1.1 * 3, 10), 100 * 1.1, 0.1 * 3)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 4.35 * 100, int(4.35 * 100), round(4.35 * 100))
print(7 / 2, 7 // 2, -7 / 2, float(7), float("3.25"), 2 ** 0.5, 10 ** 0.5 * 10 ** 0.5)
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678), round(-1234.5), round(1e20 + 0.5))
rates = [0.01 * k for k in range(6)]
print(rates)
print([round(x, 2) for x in rates])
