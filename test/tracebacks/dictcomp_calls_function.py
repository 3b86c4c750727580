orders = [{"id": 1, "qty": 2, "price": 3.5}, {"id": 2, "qty": "x", "price": 1.0}]
def line_total(o):
    return o["qty"] * o["price"]
totals = {o["id"]: line_total(o) for o in orders}
