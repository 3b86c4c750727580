# Calls a helper with a missing argument after a few good calls (TypeError).


def format_price(amount, currency, decimals=2):
    return f"{amount:,.{decimals}f} {currency}"


def line_total(qty, unit_price, discount=0.0):
    return qty * unit_price * (1 - discount)


cart = [
    ("notebook", 3, 4.99, 0.0),
    ("pen", 10, 1.25, 0.1),
    ("backpack", 1, 59.0, 0.25),
]

grand = 0.0
for name, qty, price, disc in cart:
    t = line_total(qty, price, disc)
    grand += t
    print(f"{name:<10}{format_price(t, 'EUR'):>14}")
print(f"{'total':<10}{format_price(grand, 'EUR'):>14}")
print(f"{'in cents':<10}{format_price(grand * 100, 'ct', 0):>14}")
shipping = format_price(4.5)
print("shipping", shipping)
