# Spells integers out in English words, e.g. for cheque printing.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def under_thousand(n):
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(ONES[hundreds] + " hundred")
    if rest:
        if parts:
            parts.append("and")
        if rest < 20:
            parts.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(TENS[tens] + ("-" + ONES[ones] if ones else ""))
    return " ".join(parts)


def spell(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + spell(-n)
    parts = []
    for value, name in SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(spell(count) + " " + name)
    if n:
        if parts and n < 100:
            parts.append("and")
        parts.append(under_thousand(n))
    return " ".join(parts)


for n in [0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7654321, -15, 2 ** 40]:
    print(f"{n:>14,}: {spell(n)}")


def cheque(amount_cents):
    dollars, cents = divmod(amount_cents, 100)
    return f"{spell(dollars).capitalize()} dollars and {cents:02d}/100"


print(cheque(123456))
print(cheque(100))
print(max(range(1, 1000), key=lambda n: len(spell(n))))
