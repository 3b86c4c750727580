# if/elif/else ladders as business rules: shipping, tax brackets and grade letters.


def shipping_cost(weight_kg, country, express=False):
    if weight_kg <= 0:
        return None
    elif country == "domestic":
        cost = 4.99 if weight_kg < 1 else 4.99 + (weight_kg - 1) * 1.5
    elif country in ("ca", "mx"):
        cost = 12.0 + weight_kg * 2
    else:
        cost = 25.0 + weight_kg * 4
    if express:
        cost *= 1.75
    return round(cost, 2)


for args in [(0.5, "domestic"), (3, "domestic"), (2, "ca"), (2, "fr"), (2, "fr", True), (0, "ca")]:
    print(args, shipping_cost(*args))


def income_tax(income):
    brackets = [(10000, 0.0), (40000, 0.2), (100000, 0.4)]
    tax = 0.0
    lower = 0
    for upper, rate in brackets:
        if income > upper:
            tax += (upper - lower) * rate
            lower = upper
        else:
            tax += (income - lower) * rate
            return round(tax, 2)
    return round(tax + (income - lower) * 0.45, 2)


for income in [5000, 10000, 25000, 40000, 75000, 150000]:
    print(f"{income:>7} -> {income_tax(income):>10.2f}")


def grade(score):
    if not isinstance(score, (int, float)):
        return "invalid"
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    elif score >= 60:
        letter = "D"
    else:
        letter = "F"
    if letter in "ABC" and score % 10 >= 7 and score < 100:
        letter += "+"
    return letter


print([grade(s) for s in [100, 97, 91, 88, 79, 65, 12, "x"]])
x = 15
kind = "big" if x > 10 else "small"
sign = "positive" if x > 0 else "zero" if x == 0 else "negative"
print(kind, sign)
if x:
    pass
if not []:
    print("empty list is falsy")
