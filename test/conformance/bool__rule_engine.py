# Business rules with and/or/not short-circuiting returning operands, any/all, and truth tables.
def rule_free_shipping(order):
    return order["total"] >= 50 or order["member"] and order["total"] >= 20

def rule_fraud(order):
    return not order["verified"] and (order["total"] > 500 or order["country"] not in ("US", "CA"))

orders = [
    {"id": 1, "total": 60, "member": False, "verified": True, "country": "US"},
    {"id": 2, "total": 25, "member": True, "verified": True, "country": "CA"},
    {"id": 3, "total": 25, "member": False, "verified": False, "country": "FR"},
    {"id": 4, "total": 900, "member": True, "verified": False, "country": "US"},
]
for o in orders:
    print(o["id"], rule_free_shipping(o), rule_fraud(o))
print([o["id"] for o in orders if rule_free_shipping(o) and not rule_fraud(o)])
print(0 or "default", "" or [] or None, 5 and "yes", [] and 1, None or 0 or "", 3 and 0 and 9)
print(any(rule_fraud(o) for o in orders), all(o["total"] > 0 for o in orders), sum(map(rule_free_shipping, orders)))
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, a ^ b, not (a and b) == (not a or not b), a < b, a + b)
flags = {"beta": True, "dark": False, "fast": True}
enabled = [k for k, v in flags.items() if v]
print(enabled, sum(flags.values()), list(flags.values()).count(False), max(flags, key=flags.get))
x = None
print(x is None, x == None, not x, bool(x), x or "fallback", isinstance(False, int), True == 1.0)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, (1 < 2) + (2 < 3), -(True), True * "ab")
print(orders[0]["coupon"] or "none")
