# Loan amortisation and savings growth with float arithmetic and rounding to cents.


def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r * (1 + r) ** n / ((1 + r) ** n - 1)


def amortize(principal, annual_rate, years):
    pay = round(monthly_payment(principal, annual_rate, years), 2)
    balance = principal
    rows = []
    month = 0
    while balance > 0.005:
        month += 1
        interest = round(balance * annual_rate / 12, 2)
        principal_part = min(pay - interest, balance)
        balance = round(balance - principal_part, 2)
        rows.append((month, interest, round(principal_part, 2), balance))
    return pay, rows


pay, rows = amortize(10000, 0.06, 2)
print(f"payment {pay:.2f} over {len(rows)} months")
print(f"{'month':>5} {'interest':>9} {'principal':>10} {'balance':>10}")
for month, interest, principal_part, balance in rows[:3] + rows[-3:]:
    print(f"{month:>5} {interest:>9.2f} {principal_part:>10.2f} {balance:>10.2f}")
print(f"total interest {sum(r[1] for r in rows):.2f}")
print(f"zero-rate payment {monthly_payment(1200, 0, 1):.2f}")


def grow(deposit, annual_rate, years, per_year=12):
    balance = 0.0
    history = []
    for year in range(1, years + 1):
        for _ in range(per_year):
            balance = balance * (1 + annual_rate / per_year) + deposit
        history.append((year, balance))
    return history


for year, balance in grow(200, 0.05, 10)[::3]:
    print(f"year {year:>2}: {balance:>12,.2f}")
rule_of_72 = {rate: round(72 / (rate * 100), 1) for rate in (0.03, 0.06, 0.09)}
print(rule_of_72)
exact = {}
for rate in (0.03, 0.06, 0.09):
    years = 0
    value = 1.0
    while value < 2:
        value *= 1 + rate
        years += 1
    exact[rate] = years
print(exact)
print(round(0.1 * 3, 15), 1.1 + 2.2, round(1.1 + 2.2, 2), 1e-7 * 3, 1 / 7)
