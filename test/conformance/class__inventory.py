# An inventory system: items, stock movements, reorder rules and a valuation report.


class Item:
    def __init__(self, sku, name, unit_cost, reorder_level=5):
        self.sku = sku
        self.name = name
        self.unit_cost = unit_cost
        self.reorder_level = reorder_level

    def __repr__(self):
        return f"Item({self.sku!r})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.stock = {}
        self.log = []

    def add_item(self, item, qty=0):
        self.items[item.sku] = item
        self.stock[item.sku] = qty

    def receive(self, sku, qty):
        self.stock[sku] += qty
        self.log.append(f"+{qty} {sku}")

    def ship(self, sku, qty):
        available = self.stock.get(sku, 0)
        if qty > available:
            self.log.append(f"backorder {sku} {qty - available}")
            qty = available
        self.stock[sku] = available - qty
        self.log.append(f"-{qty} {sku}")
        return qty

    def needs_reorder(self):
        return [sku for sku, qty in self.stock.items() if qty <= self.items[sku].reorder_level]

    def valuation(self):
        return sum(self.items[s].unit_cost * q for s, q in self.stock.items())

    def report(self):
        print(f"{'SKU':<6}{'NAME':<14}{'QTY':>5}{'VALUE':>10}")
        for sku in sorted(self.items):
            item = self.items[sku]
            qty = self.stock[sku]
            flag = " *" if qty <= item.reorder_level else ""
            print(f"{sku:<6}{item.name:<14}{qty:>5}{qty * item.unit_cost:>10.2f}{flag}")
        print(f"{'total':<25}{self.valuation():>10.2f}")


inv = Inventory()
inv.add_item(Item("B-2", "bolts (100)", 4.5, reorder_level=10), 40)
inv.add_item(Item("A-1", "anchor", 12.25), 8)
inv.add_item(Item("C-7", "clamp", 3.0, reorder_level=2), 3)
inv.receive("A-1", 4)
print("shipped", inv.ship("B-2", 35))
print("shipped", inv.ship("C-7", 5))
print("shipped", inv.ship("A-1", 2))
inv.report()
print("reorder:", inv.needs_reorder())
print(inv.log)
print(list(inv.items.values()))
