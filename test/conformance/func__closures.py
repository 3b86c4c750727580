# Closures: counters, accumulators, late binding and nonlocal state.


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter


c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())


def make_multipliers():
    # Late binding: every lambda sees the final i unless it is captured as a default.
    late = [lambda x: x * i for i in range(4)]
    early = [lambda x, i=i: x * i for i in range(4)]
    return late, early


late, early = make_multipliers()
print([f(10) for f in late], [f(10) for f in early])


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount))
            return balance
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(50)
dep(25)
wd(100)
wd(30)
print(rep())


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return composed


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-12) + "!")


def outer():
    level = "outer"

    def middle():
        def inner():
            return level + "/inner"

        return inner()

    level = "rebound"
    return middle()


print(outer())
adders = {n: (lambda n: lambda x: x + n)(n) for n in (1, 5, 10)}
print({k: f(100) for k, f in adders.items()})
