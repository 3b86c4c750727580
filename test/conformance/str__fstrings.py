# f-strings: expressions, conversions, and format specs for a small receipt.

items = [("Coffee beans", 2, 12.5), ("Milk", 1, 1.2), ("Croissant", 6, 2.35), ("Gift card", 1, 50)]
width = 30
print(f"{'RECEIPT':^{width}}")
print("=" * width)
total = 0
for name, qty, price in items:
    line = qty * price
    total += line
    print(f"{name:<14}{qty:>3} x {price:>6.2f} = {line:>7.2f}")
print("-" * width)
print(f"{'Total':<14}{total:>16.2f}")
tax = total * 0.2
print(f"{'VAT 20%':<14}{tax:>16.2f}")
print(f"{'Grand total':<14}{total + tax:>16,.2f}")

name = "Ada"
n = 7
pi = 3.14159265
print(f"{name!r} {name!s} {name:>6} {name:*<6} {name:_^9}")
print(f"{n:03d} {n:+d} {-n:+d} {n:5d}| {n:<5d}| {n:^5}|")
print(f"{pi:.3f} {pi:10.4f}| {pi:e} {pi:.1%} {1234567.891:,.2f}")
print(f"{n * 6} {n > 5} {[i * i for i in range(n)]} {dict(a=1)}")
print(f"{'nested ' + name.upper()} {len(name)=}")
print(f"{{literal braces}} {n}{{x}}")
value = 0.5
spec = ".3f"
print(f"{value:{spec}} {value:>{width // 3}}|")
print(f"{True} {None} {3.0} {-0.0} {2 ** 70}")
for row in [("id", "score"), (1, 93.456), (22, 7.1)]:
    a, b = row
    if isinstance(b, float):
        print(f"|{a:>4}|{b:>8.1f}|")
    else:
        print(f"|{a:>4}|{b:>8}|")
print(f"{'multi'}" f"{'part'}" " plain")
