# A rules engine that raises a custom exception when an order violates a rule; nobody catches it.


class RuleViolation(Exception):
    pass


RULES = [
    ("max quantity", lambda o: o["qty"] <= 100),
    ("positive price", lambda o: o["price"] > 0),
    ("known region", lambda o: o["region"] in ("eu", "us", "apac")),
]


def check(order):
    for name, rule in RULES:
        if not rule(order):
            raise RuleViolation(f"order {order['id']} breaks rule '{name}'")
    return order["qty"] * order["price"]


orders = [
    {"id": 1, "qty": 10, "price": 2.5, "region": "eu"},
    {"id": 2, "qty": 100, "price": 0.99, "region": "us"},
    {"id": 3, "qty": 3, "price": 19.0, "region": "apac"},
    {"id": 4, "qty": 1, "price": 5.0, "region": "mars"},
    {"id": 5, "qty": 2, "price": 1.0, "region": "eu"},
]

accepted = 0.0
for order in orders:
    value = check(order)
    accepted += value
    print(f"order {order['id']} accepted: {value:.2f} (running {accepted:.2f})")
print("all accepted")
