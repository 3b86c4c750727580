# A stock ledger: dict updates per transaction, negative stock refusal, and reporting.
stock = {"apple": 10, "pear": 4}
ledger = []

class StockError(Exception):
    pass

def move(item, delta):
    current = stock.get(item, 0)
    if current + delta < 0:
        raise StockError(f"cannot take {-delta} {item}: only {current} left")
    stock[item] = current + delta
    ledger.append((item, delta, stock[item]))

for item, delta in [("apple", -3), ("plum", 5), ("pear", -4), ("apple", 2), ("kiwi", 1)]:
    move(item, delta)
print(stock)
print(ledger)
empty = [k for k, v in stock.items() if v == 0]
for k in empty:
    del stock[k]
print(stock, empty)
totals = {}
for item, delta, _ in ledger:
    totals[item] = totals.get(item, 0) + abs(delta)
print(dict(sorted(totals.items(), key=lambda kv: -kv[1])))
print(sum(stock.values()), len(stock), max(stock.items(), key=lambda kv: kv[1]), sorted(stock))
report = {item: {"in": 0, "out": 0} for item in totals}
for item, delta, _ in ledger:
    report[item]["in" if delta > 0 else "out"] += abs(delta)
for item, r in report.items():
    print(f"{item:<6} in={r['in']:>2} out={r['out']:>2}")
try:
    move("pear", -1)
except StockError as e:
    print("refused:", e)
print(stock.keys() - totals.keys(), sorted(totals.keys() - stock.keys()))
move("apple", -100)
