# del on names, items, slices and attributes; reading a deleted name fails like CPython.


class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def __repr__(self):
        shown = [(k, getattr(self, k)) for k in ("a", "b", "secret") if hasattr(self, k)]
        return f"Record({shown})"


rec = Record(a=1, b=2, secret="x")
del rec.secret
print(rec, hasattr(rec, "secret"))
try:
    del rec.secret
except AttributeError as e:
    print("AttributeError:", e)

data = list(range(10))
del data[0]
del data[-1]
del data[::3]
print(data)
del data[1:3], data[0]
print(data)

table = {"a": 1, "b": 2, "c": 3}
del table["b"]
try:
    del table["zzz"]
except KeyError as e:
    print("KeyError:", e)
print(table)

counter = 10
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)


def scrub(values):
    total = sum(values)
    del values[:]
    del total
    try:
        return total
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(scrub([1, 2, 3]))
a, b = 1, 2
del a, b
temp = [1, 2]
del temp
print(temp)
