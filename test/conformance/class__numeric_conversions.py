# Numeric conversion hooks on a Fraction-like class: __int__, __float__, __index__, __round__,
# __abs__, __neg__, __bool__, __format__ delegating, and their use by builtins.
class Ratio:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        a, b = abs(num), den
        while b:
            a, b = b, a % b
        self.num, self.den = num // a if a else 0, den // a if a else 1

    def __repr__(self):
        return f"Ratio({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits)

    def __abs__(self):
        return Ratio(abs(self.num), self.den)

    def __neg__(self):
        return Ratio(-self.num, self.den)

    def __bool__(self):
        return self.num != 0

    def __format__(self, spec):
        if spec.endswith("r"):
            return format(str(self), spec[:-1] or "")
        return format(float(self), spec)

    def __add__(self, other):
        if isinstance(other, int):
            other = Ratio(other)
        return Ratio(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


half, third = Ratio(1, 2), Ratio(-2, 6)
print(half, third, repr(third), half + third, 1 + half, sum([half, half, third]))
print(float(third), int(Ratio(7, 2)), int(Ratio(-7, 2)), round(Ratio(2, 3), 3), round(Ratio(5, 2)))
print(abs(third), -half, bool(Ratio(0, 5)), bool(half), f"{half:.3f}", f"{third:>8r}|", f"{half:r}")
names = ["zero", "one", "two", "three"]
print(names[Slot(2)], names[Slot(1):Slot(3)], list(range(Slot(3))), hex(Slot(255)), bin(Slot(5)))
print("ab" * Slot(3), [0] * Slot(2))
print(sorted([Ratio(3, 4), Ratio(1, 4), Ratio(1, 2)], key=float), max(half, third, key=float))
try:
    int(Slot(3))
except TypeError as e:
    print("TypeError:", e)
try:
    float(Slot(3))
except TypeError as e:
    print("TypeError:", e)
Ratio(1, 0)
