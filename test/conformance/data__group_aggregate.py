# Data transforms over a list of dicts: filter, group, aggregate, pivot and top-N.

SALES = [
    {"rep": "kim", "region": "west", "quarter": "Q1", "amount": 12000},
    {"rep": "lee", "region": "east", "quarter": "Q1", "amount": 8000},
    {"rep": "kim", "region": "west", "quarter": "Q2", "amount": 15500},
    {"rep": "max", "region": "east", "quarter": "Q2", "amount": 4300},
    {"rep": "lee", "region": "east", "quarter": "Q2", "amount": 9100},
    {"rep": "nia", "region": "west", "quarter": "Q1", "amount": 700},
    {"rep": "max", "region": "east", "quarter": "Q3", "amount": 22000},
    {"rep": "nia", "region": "west", "quarter": "Q3", "amount": 13300},
    {"rep": "kim", "region": "west", "quarter": "Q3", "amount": 9900},
]


def group_sum(rows, key):
    out = {}
    for row in rows:
        out[row[key]] = out.get(row[key], 0) + row["amount"]
    return out


by_rep = group_sum(SALES, "rep")
by_region = group_sum(SALES, "region")
print("by rep:", by_rep)
print("by region:", by_region)

quarters = sorted({row["quarter"] for row in SALES})
reps = sorted(by_rep)
pivot = {rep: {q: 0 for q in quarters} for rep in reps}
for row in SALES:
    pivot[row["rep"]][row["quarter"]] += row["amount"]
print(f"{'rep':<5}" + "".join(f"{q:>8}" for q in quarters) + f"{'total':>9}")
for rep in reps:
    cells = pivot[rep]
    print(f"{rep:<5}" + "".join(f"{cells[q]:>8,}" for q in quarters) + f"{sum(cells.values()):>9,}")
col_totals = [sum(pivot[r][q] for r in reps) for q in quarters]
print(f"{'all':<5}" + "".join(f"{t:>8,}" for t in col_totals) + f"{sum(col_totals):>9,}")

top2 = sorted(by_rep.items(), key=lambda kv: kv[1], reverse=True)[:2]
print("top 2:", top2)
big_deals = [(r["rep"], r["amount"]) for r in SALES if r["amount"] >= 10000]
print("big deals:", big_deals)
avg_by_region = {}
for region in by_region:
    rows = [r["amount"] for r in SALES if r["region"] == region]
    avg_by_region[region] = round(sum(rows) / len(rows), 1)
print("avg:", avg_by_region)
growth = {}
for rep in reps:
    amounts = [pivot[rep][q] for q in quarters if pivot[rep][q]]
    growth[rep] = amounts[-1] - amounts[0] if len(amounts) > 1 else None
print("growth:", growth)
share = {rep: f"{amt / sum(by_rep.values()):.1%}" for rep, amt in by_rep.items()}
print("share:", share)
