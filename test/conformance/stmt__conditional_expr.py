# Conditional expressions: only the chosen branch is evaluated; they nest and chain.

calls = []


def loud(label, value):
    calls.append(label)
    return value


def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"


print([grade(s) for s in [95, 85, 75, 10]])
result = loud("yes", 1) if loud("test", True) else loud("no", 2)
print(result, calls)
calls.clear()
result = loud("yes", 1) if loud("test", []) else loud("no", 2)
print(result, calls)


def describe(n):
    kind = "zero" if n == 0 else ("positive" if n > 0 else "negative")
    parity = "even" if n % 2 == 0 else "odd"
    return f"{n}: {kind}, {parity}"


for n in [0, 3, -4]:
    print(describe(n))

items = [3, None, 7, None, 1]
print([x if x is not None else 0 for x in items])
print(sum(x for x in items if x is not None) if any(items) else "empty")
label = (lambda v: "big" if v > 5 else "small")
print(list(map(label, [1, 9])))
safe_div = lambda a, b: a / b if b else float("inf")
print(safe_div(1, 4), safe_div(1, 0))
print("ok" if not calls else "calls: " + ",".join(calls))
value = {"a": 1}.get("b")
print(value.upper() if value else 1 / 0)
