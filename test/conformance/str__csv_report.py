# Parses a CSV-like block of text by hand and prints a grouped sales report.

DATA = """region,product,units,unit_price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,30,2.25
south,widget,5,2.50
east,gizmo,1,99.99
north,gizmo,2,95.00"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        row = dict(zip(header, values))
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        rows.append(row)
    return rows


rows = parse(DATA)
print(len(rows), "rows; columns:", list(rows[0].keys()))

by_region = {}
for row in rows:
    revenue = row["units"] * row["unit_price"]
    by_region.setdefault(row["region"], []).append((row["product"], revenue))

grand = 0.0
for region in sorted(by_region):
    entries = by_region[region]
    subtotal = sum(r for _, r in entries)
    grand += subtotal
    print(f"{region.upper()}")
    for product, revenue in sorted(entries, key=lambda e: -e[1]):
        print(f"  {product:<8}{revenue:>10.2f}")
    print(f"  {'subtotal':<8}{subtotal:>10.2f}")
print(f"GRAND TOTAL {grand:>9.2f}")

best = max(rows, key=lambda r: r["units"] * r["unit_price"])
print("best line:", best["region"], best["product"], round(best["units"] * best["unit_price"], 2))
units_by_product = {}
for row in rows:
    units_by_product[row["product"]] = units_by_product.get(row["product"], 0) + row["units"]
print(units_by_product)
