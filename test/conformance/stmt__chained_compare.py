# Chained comparisons evaluate each operand once and stop at the first false link.

trace = []


def val(label, v):
    trace.append(label)
    return v


def check(expr_name, fn):
    trace.clear()
    result = fn()
    print(f"{expr_name:<28} -> {result!r:<6} evaluated {trace}")


check("1 < 2 < 3", lambda: val("a", 1) < val("b", 2) < val("c", 3))
check("1 < 3 < 2 < 9", lambda: val("a", 1) < val("b", 3) < val("c", 2) < val("d", 9))
check("5 > 1 == 1.0", lambda: val("a", 5) > val("b", 1) == val("c", 1.0))
check("0 in [0] in [[0]]", lambda: val("a", 0) in val("b", [0]) in val("c", [[0]]))
check("x is None is not True", lambda: val("a", None) is val("b", None) is not val("c", True))
check("'a' <= 'b' != 'b'", lambda: val("a", "a") <= val("b", "b") != val("c", "b"))


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        trace.append(f"lt{self.parts}")
        return self.parts < other.parts

    def __le__(self, other):
        trace.append(f"le{self.parts}")
        return self.parts <= other.parts


lo, mid, hi = Version(1, 0), Version(1, 4), Version(2, 0)
check("lo <= mid < hi", lambda: lo <= mid < hi)
check("hi < mid <= lo", lambda: hi < mid <= lo)

grades = []
for score in [95, 83, 71, 65, 40, 100, 101]:
    if 90 <= score <= 100:
        grades.append("A")
    elif 80 <= score < 90:
        grades.append("B")
    elif 70 <= score < 80:
        grades.append("C")
    elif 0 <= score < 70:
        grades.append("F")
    else:
        grades.append("?")
print(grades)
print(1 < 2 > 1.5 >= 1.5 == 1.5 < "3")
