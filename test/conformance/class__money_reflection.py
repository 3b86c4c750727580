# A Money type mixing with ints: reflected operators, NotImplemented fallbacks, the rule that a
# subclass's reflected method runs first, in-place forms, and comparisons in both directions.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"{type(self).__name__}({self.cents / 100:.2f} {self.currency})"

    def _coerce(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return other.cents
        if isinstance(other, int):
            return other * 100
        return None

    def __add__(self, other):
        cents = self._coerce(other)
        if cents is None:
            return NotImplemented
        return type(self)(self.cents + cents, self.currency)

    def __radd__(self, other):
        print("  Money.__radd__", other)
        return self.__add__(other)

    def __sub__(self, other):
        cents = self._coerce(other)
        return NotImplemented if cents is None else type(self)(self.cents - cents, self.currency)

    def __rsub__(self, other):
        cents = self._coerce(other)
        return NotImplemented if cents is None else type(self)(cents - self.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return type(self)(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented

    def __hash__(self):
        return hash((self.cents, self.currency))


class Tip(Money):
    def __radd__(self, other):
        print("  Tip.__radd__ runs first")
        return Tip(other.cents + self.cents + 1, self.currency)


a, b = Money(1050), Money(299)
print(a + b, a - b, 3 + a, 10 - b, a * 2, 0.5 * a, sum([a, b, Money(1)]))
print(a + Tip(100), Tip(100) + a)
total = Money(0)
total += a
total += 5
print(total, a == Money(1050), a != b, b < a, a > b, sorted([a, b, Money(5)]))
print(Money(1) == 1, 1 == Money(1), a in [Money(1050)], len({a, Money(1050), b}))
for expr in [lambda: a + "x", lambda: "x" - a, lambda: a < 3, lambda: a * a, lambda: a + Money(1, "USD")]:
    try:
        expr()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
