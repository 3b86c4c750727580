# Calendar arithmetic with plain integers: leap years, day of week, days between dates, a month grid.

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def ordinal(y, m, d):
    # Days since 0001-01-01 (day 1), like date.toordinal().
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7


def parse(text):
    y, m, d = (int(p) for p in text.split("-"))
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"invalid date {text}")
    return y, m, d


print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for text in ["2024-02-29", "1969-07-20", "2000-01-01", "1999-12-31", "2038-01-19"]:
    y, m, d = parse(text)
    print(text, NAMES[weekday(y, m, d)], ordinal(y, m, d))
print("days 1969-07-20 -> 2024-02-29:", ordinal(2024, 2, 29) - ordinal(1969, 7, 20))
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)


def month_grid(y, m):
    lines = [f"{y}-{m:02d}".center(20), " ".join(n[:2] for n in NAMES)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print(month_grid(2024, 2))
fridays = [(y, m) for y in (2023, 2024) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("friday 13ths:", fridays)
