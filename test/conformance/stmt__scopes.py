# global and nonlocal: counters, closures and a simple bank ledger.

balance = 0
history = []


def deposit(amount):
    global balance
    balance += amount
    history.append(("deposit", amount))


def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    return tick, reset


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x += "+inner"
            return x

        return inner()

    return middle(), x


deposit(10)
deposit(25)
print(balance, history)
tick, reset = make_counter(5, 2)
print(tick(), tick(), tick())
print("reset from", reset(), "->", tick())
print(outer())


def set_global_via_func():
    global created_later
    created_later = "made inside a function"


set_global_via_func()
print(created_later)


def shadow():
    balance = -1
    return balance


print(shadow(), balance)


def broken():
    balance += 1


broken()
