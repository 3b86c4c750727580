# Renders rows of dicts as an aligned Markdown table with numeric columns right-aligned.

ROWS = [
    {"city": "Zürich", "country": "CH", "population": 421878, "area_km2": 87.88},
    {"city": "São Paulo", "country": "BR", "population": 12325232, "area_km2": 1521.11},
    {"city": "Oslo", "country": "NO", "population": 709037, "area_km2": 454.0},
    {"city": "Reykjavík", "country": "IS", "population": 139875, "area_km2": 273.0},
    {"city": "Kyoto", "country": "JP", "population": 1463723, "area_km2": 827.83},
]


def cell(value):
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render(rows, columns):
    texts = [[cell(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(t[i]) for t in texts)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row[c], (int, float)) for row in rows) for c in columns]
    header = "| " + " | ".join(c.ljust(w) for c, w in zip(columns, widths)) + " |"
    rule = "|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric)) + "|"
    lines = [header, rule]
    for t in texts:
        cells = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(t, widths, numeric)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


for row in ROWS:
    row["density"] = round(row["population"] / row["area_km2"], 1)
print(render(ROWS, ["city", "country", "population", "area_km2", "density"]))
print()
top = sorted(ROWS, key=lambda r: r["density"], reverse=True)[:3]
print(render(top, ["city", "density"]))
print()
totals = {"city": "TOTAL", "population": sum(r["population"] for r in ROWS)}
print(render(ROWS + [totals | {"country": "", "area_km2": sum(r["area_km2"] for r in ROWS)}],
             ["city", "country", "population", "area_km2"]))
