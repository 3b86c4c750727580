# Assertions as input checks in a small order-validation pipeline.


def validate(order):
    assert isinstance(order, dict), f"order must be a dict, not {type(order).__name__}"
    assert "id" in order, "order without id"
    assert order.get("qty", 0) > 0, ("bad quantity", order.get("qty"))
    assert order["price"] >= 0
    return order["qty"] * order["price"]


orders = [
    {"id": 1, "qty": 2, "price": 5},
    ["not", "a", "dict"],
    {"qty": 1, "price": 3},
    {"id": 3, "qty": 0, "price": 1},
    {"id": 4, "qty": 1, "price": -2},
    {"id": 5, "qty": 3, "price": 1.5},
]
total = 0
for order in orders:
    try:
        total += validate(order)
        print("accepted", order["id"])
    except AssertionError as e:
        print("rejected:", e.args, "|", e)
print("total", total)

checks = [(lambda: 1 + 1 == 2, "math"), (lambda: "a" < "b", "strings"), (lambda: [] == (), "list vs tuple")]
for check, name in checks:
    try:
        assert check(), name
        print("passed", name)
    except AssertionError as e:
        print("failed", e)

assert total > 100, f"total {total} below minimum"
