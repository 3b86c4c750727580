# Looks up customers for a list of orders; the last order names an unknown customer (KeyError).

customers = {
    "c1": {"name": "Acme Ltd", "tier": "gold"},
    "c2": {"name": "Bolt & Co", "tier": "silver"},
    "c3": {"name": "Cobalt", "tier": "bronze"},
}
DISCOUNT = {"gold": 0.15, "silver": 0.1, "bronze": 0.05}

orders = [
    ("o-1", "c1", 1200.0),
    ("o-2", "c3", 80.0),
    ("o-3", "c2", 455.5),
    ("o-4", "c9", 10.0),
    ("o-5", "c1", 99.0),
]


def invoice(order):
    number, cust_id, amount = order
    customer = customers[cust_id]
    rate = DISCOUNT[customer["tier"]]
    due = amount * (1 - rate)
    return f"{number}: {customer['name']:<10} {amount:>8.2f} -{rate:.0%} = {due:>8.2f}"


total_due = 0
for order in orders:
    print(invoice(order))
    total_due += order[2]
print("total", total_due)
