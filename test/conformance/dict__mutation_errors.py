# Common dict mistakes and their exact errors: changing size while iterating, missing keys.
stock = {"apple": 3, "pear": 0, "plum": 5, "fig": 0}
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
try:
    for name in stock:
        if name == "apple":
            stock["apricot"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(stock)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    stock["kiwi"]
except KeyError as e:
    print("KeyError:", e, repr(e.args[0]))
try:
    del stock["kiwi"]
except KeyError as e:
    print("KeyError:", e)
try:
    stock[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    stock.update(5)
except TypeError as e:
    print("TypeError:", e)
print(stock.pop("plum"), stock, stock.setdefault("plum"), stock)
key = (1, (2, [3]))
try:
    stock[key] = 1
except TypeError as e:
    print("TypeError:", e)
print({(1, (2, 3)): "ok"}[1, (2, 3)], {frozenset({1, 2}): "fs"}[frozenset({2, 1})])
for k, v in stock.items():
    stock[k] = (v or 0) + 1
print(stock)
for k in stock.keys():
    stock.pop(k)
