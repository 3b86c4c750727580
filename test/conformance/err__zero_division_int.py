# Splits a bill between participants; an empty group divides by zero (ZeroDivisionError).


def split_bill(total_cents, people):
    share, remainder = divmod(total_cents, len(people))
    shares = {}
    for i, person in enumerate(people):
        shares[person] = share + (1 if i < remainder else 0)
    return shares


def fmt(cents):
    return f"{cents // 100}.{cents % 100:02d}"


dinners = [
    ("friday", 10000, ["ana", "ben", "cai"]),
    ("saturday", 4550, ["ana", "dee"]),
    ("sunday", 999, ["eve"]),
    ("monday", 2500, []),
]
for day, total, people in dinners:
    shares = split_bill(total, people)
    print(day, {p: fmt(c) for p, c in shares.items()})
    assert sum(shares.values()) == total
