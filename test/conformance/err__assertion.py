# Invariant checks with assert; the ledger stops balancing after a bad posting (AssertionError).

ledger = []


def post(description, debit, credit):
    ledger.append({"desc": description, "debit": debit, "credit": credit})


def check_balanced():
    debits = sum(e["debit"] for e in ledger)
    credits = sum(e["credit"] for e in ledger)
    assert debits == credits, f"ledger unbalanced: debits {debits} != credits {credits}"
    return debits


post("opening cash", 1000, 0)
post("owner equity", 0, 1000)
print("balanced at", check_balanced())
post("buy stock", 250, 0)
post("pay cash", 0, 250)
print("balanced at", check_balanced())
assert len(ledger) == 4
assert all(e["debit"] >= 0 for e in ledger), "negative debit"
for e in ledger:
    print(f"{e['desc']:<14}{e['debit']:>6}{e['credit']:>6}")
post("refund", 0, 40)
print("checking after refund...")
check_balanced()
print("unreachable")
