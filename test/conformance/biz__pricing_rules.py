# Pricing rules for a shop: tiered discounts, coupons, bundles and a per-order summary.

CATALOG = {
    "tea": 4.50,
    "mug": 12.00,
    "kettle": 39.99,
    "biscuits": 2.75,
}
COUPONS = {"WELCOME10": ("percent", 10), "FIVEOFF": ("fixed", 5.0), "FREESHIP": ("shipping", 0)}


def tier_discount(subtotal):
    if subtotal >= 100:
        return 0.10
    if subtotal >= 50:
        return 0.05
    return 0.0


def bundle_savings(lines):
    # Buy a kettle and a mug together: the mug is half price (once per kettle).
    kettles = lines.get("kettle", 0)
    mugs = lines.get("mug", 0)
    return min(kettles, mugs) * CATALOG["mug"] / 2


def price_order(lines, coupon=None):
    subtotal = sum(CATALOG[sku] * qty for sku, qty in lines.items())
    savings = bundle_savings(lines)
    after_bundle = subtotal - savings
    tier = tier_discount(after_bundle)
    discounted = after_bundle * (1 - tier)
    shipping = 0.0 if discounted >= 60 else 4.95
    note = ""
    if coupon in COUPONS:
        kind, amount = COUPONS[coupon]
        if kind == "percent":
            discounted *= 1 - amount / 100
        elif kind == "fixed":
            discounted = max(0.0, discounted - amount)
        else:
            shipping = 0.0
        note = coupon
    elif coupon is not None:
        note = f"invalid coupon {coupon}"
    total = round(discounted + shipping, 2)
    return {"subtotal": round(subtotal, 2), "bundle": savings, "tier": tier,
            "shipping": shipping, "total": total, "note": note}


orders = [
    ({"tea": 2, "biscuits": 3}, None),
    ({"kettle": 1, "mug": 2}, "WELCOME10"),
    ({"kettle": 2, "mug": 2, "tea": 10}, "FIVEOFF"),
    ({"mug": 1}, "FREESHIP"),
    ({"biscuits": 1}, "BOGUS"),
]
grand = 0
for i, (lines, coupon) in enumerate(orders, 1):
    r = price_order(lines, coupon)
    grand += r["total"]
    items = ", ".join(f"{q}x{s}" for s, q in lines.items())
    print(f"#{i} {items}")
    print(f"   subtotal {r['subtotal']:>7.2f}  bundle -{r['bundle']:.2f}  tier {r['tier']:.0%}"
          f"  ship {r['shipping']:.2f}  total {r['total']:>7.2f} {r['note']}")
print(f"revenue {grand:.2f}")
