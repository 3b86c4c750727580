# Sums a column read from mixed data; a string slips in and + fails (TypeError).

rows = [
    {"month": "jan", "revenue": 1200, "cost": 800},
    {"month": "feb", "revenue": 1350, "cost": 820},
    {"month": "mar", "revenue": 990, "cost": 900},
    {"month": "apr", "revenue": "1,100", "cost": 870},
    {"month": "may", "revenue": 1500, "cost": 700},
]

profit_by_month = {}
for row in rows[:3]:
    profit_by_month[row["month"]] = row["revenue"] - row["cost"]
print(profit_by_month)
best = max(profit_by_month, key=profit_by_month.get)
print("best so far:", best, profit_by_month[best])

margin = [round((r["revenue"] - r["cost"]) / r["revenue"], 3) for r in rows[:3]]
print("margins:", margin)

running = 0
for row in rows:
    running = running + row["revenue"]
    print(f"{row['month']}: running revenue {running}")
