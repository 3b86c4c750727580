# Booleans as ints, truthiness of every core type, and short-circuit evaluation.

print(True + True, True * 10, False - 1, True / 2, sum([True, False, True, True]))
print(int(True), float(False), str(True), repr(False))
print(True == 1, False == 0, True is True, isinstance(True, int), type(True).__name__)

samples = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 1}, None, range(0), range(3), set()]
for s in samples:
    print(repr(s), bool(s), "truthy" if s else "falsy")

calls = []


def check(name, value):
    calls.append(name)
    return value


r1 = check("a", 0) and check("b", 1)
r2 = check("c", 0) or check("d", "")
r3 = check("e", [1]) or check("f", 2)
r4 = check("g", 3) and check("h", "x")
print(r1, repr(r2), r3, r4)
print("calls:", calls)
print("not:", not 0, not [], not "x", not None)
print("chained:", 1 < 2 < 3, 1 < 3 < 2, 0 == 0.0 == False, 1 < 2 > 0)
print("any/all:", any([]), all([]), any([0, "", None]), all([1, "a", [0]]))

x = None
print("default:", x or "fallback", x and x.missing)
count = 0
name = ""
print(f"{count or 'zero'} {name or '<anonymous>'}")
print("bool ops on ints:", True & False, True | False, True ^ True, ~True)
