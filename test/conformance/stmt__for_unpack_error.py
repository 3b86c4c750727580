# Unpacking in for targets over irregular rows: the loop fails on the first malformed row.

rows = [
    ("2024-01-03", "deposit", 120),
    ("2024-01-05", "withdraw", 40),
    ("2024-01-09", "deposit", 15, "bonus"),
    ("2024-01-10", "withdraw"),
]

balance = 0
for date, kind, *extra in rows:
    print(f"{date}: {kind:<8} extra={extra}")

for n, (date, (kind, amount)) in enumerate([("d1", ("deposit", 5)), ("d2", ("withdraw", 2))], 1):
    balance += amount if kind == "deposit" else -amount
    print(n, date, kind, amount, balance)

for date, kind, amount in rows:
    balance += amount if kind == "deposit" else -amount
    print(f"{date} balance {balance}")
