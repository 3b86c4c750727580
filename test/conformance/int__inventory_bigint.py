# Inventory valuation with exact integer cents, large quantities and bulk discounts.
items = [
    ("bolt", 12_000_000_000, 3),
    ("nut", 987_654_321_987, 1),
    ("gear", 45, 129_999),
    ("shaft", 3, 2_500_000_00),
]
total = 0
for name, qty, cents in items:
    value = qty * cents
    total += value
    dollars, rest = divmod(value, 100)
    print(f"{name:<6} qty={qty:>16,} value=${dollars:,}.{rest:02d}")
print("total cents:", total)
print("total bits:", total.bit_length(), "ones:", total.bit_count())
tax = total * 825 // 10_000
print("tax (floor):", tax, "tax (round half even):", round(total * 825, -4) // 10_000)
grand = total + tax
print("grand:", grand, "digits:", len(str(grand)))
# scaled growth over years, exact
stock = 10**12
for year in range(1, 6):
    stock = stock * 107 // 100
    print(year, stock, stock % 97)
print(divmod(-grand, 7), divmod(grand, -7))
print(-grand // 7 * 7 + -grand % 7 == -grand)
print(pow(grand, 3, 10**9 + 7), pow(3, -1, 10**9 + 7))
print(abs(-grand) == grand, -(-grand) == grand)
print(grand.to_bytes(8, "big").hex(), int.from_bytes(grand.to_bytes(8, "little"), "little") == grand)
print((2**64 - 1).to_bytes(8, "big", signed=False).hex())
shares = [grand // 3] * 3
shares[0] += grand - sum(shares)
print(shares, sum(shares) == grand)
