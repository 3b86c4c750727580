# A small class model: constructor, methods, class attributes, __repr__/__str__/__eq__.


class Money:
    currency_symbols = {"USD": "$", "EUR": "€", "GBP": "£"}

    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        symbol = self.currency_symbols.get(self.currency, self.currency + " ")
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}{symbol}{whole:,}.{frac:02d}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    def __lt__(self, other):
        return self.cents < other.cents

    def split(self, ways):
        base, extra = divmod(self.cents, ways)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(ways)]


a = Money(1999)
b = Money(501)
print(a, b, a + b, repr(a + b))
print(a == Money(1999), a == b, a != b, a == 1999)
print(Money(-123456, "EUR"), Money(5, "GBP"), Money(100, "JPY"))
print([str(m) for m in Money(1000).split(3)])
print(sorted([Money(300), Money(100), Money(200)]))
print(max([Money(300), Money(900), Money(200)]))
print(str(sum([Money(1), Money(2)], Money(0))))
print(type(a).__name__, isinstance(a, Money), hasattr(a, "cents"), hasattr(a, "euros"))
print(getattr(a, "currency"), getattr(a, "missing", "default"))
setattr(b, "cents", 42)
print(b, Money.currency_symbols["EUR"])
a.note = "attributes can be added"
print(a.note)


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def distance_to(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


p, q = Point(), Point(3, 4)
print(p, q, p.distance_to(q), [Point(i, i * i) for i in range(3)])
print(str(q) == repr(q), Point.distance_to(q, p))
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("error:", e)
