# Multiple targets and chained assignment: the value is evaluated once and stored left to right.

order = []


class Recorder(dict):
    def __setitem__(self, key, value):
        order.append(key)
        super().__setitem__(key, value)


def make():
    order.append("value")
    return [1, 2]


r = Recorder()
r["a"] = r["b"] = r["c"] = make()
print(order, r["a"] is r["c"])

x = y = z = 0
x += 1
print(x, y, z)

first = second = []
first.append("shared")
print(second)

i = 0
items = [10, 20, 30]
i, items[i] = 2, 99
print(i, items)

a, b = b, a = 1, 2
print(a, b)

head, *tail = parts = "one two three".split()
print(head, tail, parts)

config = {}
config["host"], config["port"] = "localhost", 8080
print(config)

p = q = r2 = "x"
print(p is q is r2)

counters = dict.fromkeys(["a", "b"], 0)
counters["a"] = counters["b"] = counters["a"] + 5
print(counters)
