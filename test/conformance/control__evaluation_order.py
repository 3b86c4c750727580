# Evaluation order made visible: arguments, operands, chained comparisons, augmented assignment
# targets, dict displays, and short-circuiting, traced through a logging helper.

trace = []


def t(label, value=None):
    trace.append(label)
    return label if value is None else value


def show(title):
    print(f"{title:<28} {' '.join(str(x) for x in trace)}")
    trace.clear()


def f(*args, **kwargs):
    return len(args) + len(kwargs)


f(t("a"), t("b"), key=t("c"), *[t("d")], **{"k": t("e")})
show("call arguments:")
t("left", 1) + t("right", 2) * t("mul", 3)
show("binary operators:")
t("x", 1) < t("y", 2) < t("z", 3)
show("chained, all true:")
t("x", 1) < t("y", 0) < t("z", 3)
show("chained, short-circuits:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
data = {"n": 0}
data[t("key", "n")] += t("inc", 5)
show("augmented subscript:")
print("data:", data)
items = [0, 0, 0]
i = 0
items[i], i = 10, 2
print("tuple assignment targets left to right:", items, i)
i = 0
i, items[i] = 2, 20
print("second form:", items, i)
x = y = t("shared", [])
x.append(1)
print("chained assignment shares:", y, trace)
trace.clear()
result = t("a", 0) or t("b", "") or t("c", "found") or t("d", "never")
show(f"or -> {result!r}:")
result = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
show(f"and -> {result!r}:")
value = t("cond", True) and t("then", "yes") if t("test", 1) else t("else", "no")
show(f"conditional -> {value}:")
[t(f"e{n}") for n in range(3) if t(f"c{n}", n % 2 == 0)]
show("comprehension:")
print(max(t("m1", 3), t("m2", 9), key=lambda v: -v), trace)
