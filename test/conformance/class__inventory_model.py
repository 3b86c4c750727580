# An inventory model: class attributes vs instance attributes, a class-level registry keyed by
# SKU, __eq__/__hash__ by SKU, classmethods and staticmethods, __repr__ via type(self).__name__,
# and errors surfaced from business rules.
class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.qty} x {item.sku} left, wanted {wanted}")
        self.item = item


class Item:
    catalog = {}
    tax_rate = 0.2

    def __init__(self, sku, name, price, qty=0):
        if sku in Item.catalog:
            raise KeyError(f"duplicate sku {sku}")
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        Item.catalog[sku] = self

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    @property
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)

    @classmethod
    def lookup(cls, sku):
        item = cls.catalog.get(sku)
        if item is None or not isinstance(item, cls):
            raise LookupError(f"no {cls.__name__} with sku {sku}")
        return item

    @staticmethod
    def parse_line(line):
        sku, name, price, qty = [part.strip() for part in line.split(";")]
        return sku, name, float(price), int(qty)

    def take(self, n):
        if n > self.qty:
            raise OutOfStock(self, n)
        self.qty -= n
        return self


class Food(Item):
    tax_rate = 0.07


lines = ["A1; pen; 1.50; 100", "B2; apple; 0.40; 30", "C3; desk; 120; 2"]
for line in lines:
    sku, name, price, qty = Item.parse_line(line)
    (Food if name == "apple" else Item)(sku, name, price, qty)
print(Item.catalog)
print([(i.name, i.gross) for i in Item.catalog.values()], Food.tax_rate, Item.tax_rate)
print(Item.lookup("B2"), Food.lookup("B2"), Item.lookup("A1").take(10))
Item.lookup("C3").tax_rate = 0
print(Item.lookup("C3").gross, Item.lookup("A1").gross, hasattr(Item, "tax_rate"))
print(len({Item.lookup("A1"), Item.catalog["A1"]}), Item.lookup("A1") == Item.catalog["A1"])
for action in [lambda: Food.lookup("A1"), lambda: Item("A1", "dup", 1, 1), lambda: Item.lookup("C3").take(5)]:
    try:
        action()
    except LookupError as e:
        print(type(e).__name__, e)
    except OutOfStock as e:
        print("OutOfStock", e, e.item)
Item.lookup("B2").take(31)
