# A first tour of what Corral runs: plain Python scripts, inside a sandbox.
# Try it with:  npx corral run examples/tour.py


def heading(title):
    print()
    print(f"== {title} ==")


print("Welcome to Corral!")

heading("Numbers")
print("7 // 2 =", 7 // 2, " -7 // 2 =", -7 // 2, " 7 % -3 =", 7 % -3)
print("2 ** 100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2, " round(2.675, 2) =", round(2.675, 2))
print("hex(255) =", hex(255), " int('ff', 16) =", int("ff", 16))

heading("Strings")
name = "Corral"
print(name.upper(), name[::-1], name[1:4], len(name))
print(" | ".join(w.capitalize() for w in "small safe scripts".split()))
price = 1234.5
print(f"{name:>10}|{price:,.2f}|{0.25:.0%}|{42:08b}")

heading("Lists, dicts and comprehensions")
scores = {"ada": 91, "bob": 78, "cy": 85}
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
print("ranked:", ranked)
print("squares:", [n * n for n in range(1, 8)])
print("passed:", {who: s >= 80 for who, s in scores.items()})
first, *rest = ranked
print("winner:", first[0], "then", [who for who, _ in rest])

heading("Functions and closures")


def make_counter(step=1):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


by_two = make_counter(step=2)
print("ticks:", by_two(), by_two(), by_two())


def describe(*args, sep=", ", **options):
    return sep.join(map(str, args)) + f" {options}"


print(describe(1, 2, 3, color="red"))

heading("Generators")


def fibonacci(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


print("fib under 100:", list(fibonacci(100)))
print("sum of even fib under 4 million:", sum(x for x in fibonacci(4_000_000) if x % 2 == 0))

heading("Classes")


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


acct = Account("ada", 100)
print("opened:", acct)
print("withdraw 30, balance now", acct.withdraw(30))

heading("Exceptions")
try:
    acct.withdraw(500)
except ValueError as e:
    print("caught ValueError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("caught KeyError:", e)
finally:
    print("finally always runs")

print()
print("That's the tour. Scripts run with limits on time, memory and operations.")
