# Augmented assignment evaluates its target once: attribute and subscript targets with side effects.

trace = []


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.tags = []

    @property
    def balance(self):
        trace.append("read balance")
        return self._balance

    @balance.setter
    def balance(self, value):
        trace.append(f"write balance={value}")
        self._balance = value


accounts = {"ada": Account("ada"), "lin": Account("lin")}


def pick(name):
    trace.append(f"pick {name}")
    return accounts[name]


def key(k):
    trace.append(f"key {k}")
    return k


pick("ada").balance += 100
pick("ada").balance -= 30
pick("lin").tags += ["new"]
print(trace)
trace.clear()

ledger = {"ada": 0, "lin": 5}
ledger[key("ada")] += 7
ledger[key("lin")] *= 3
print(ledger, trace)
trace.clear()

grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] += r * 3 + c
        grid[r][c] **= 2
print(grid)

words = ["a"]
alias = words
words += ["b"]
words *= 2
print(words, alias is words)
t = (1, 2)
before = t
t += (3,)
print(t, before, t is before)
s = "x"
s += "y" * 3
print(s)

amounts = {"fee": 1.5}
amounts["fee"] //= 1
amounts["missing"] += 1
