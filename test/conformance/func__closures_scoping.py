# Closures and scoping: late binding, default-argument capture, nonlocal counters, global
# configuration, closures over loop variables, and UnboundLocalError.
config = {"verbose": False}
calls = 0


def set_verbose(flag):
    global config
    config = dict(config, verbose=flag)


def track():
    global calls
    calls += 1
    return calls


def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]


def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(1, 4)]


def accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total

    def reset():
        nonlocal total
        total = start

    return add, reset


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "rebound"
    return middle()


print([m(10) for m in make_multipliers()], [m(10) for m in make_multipliers_bound()])
add, reset = accumulator(100)
print(add(5), add(10), reset(), add(1))
print(outer(), track(), track(), calls)
set_verbose(True)
print(config)
counters = {}
for name in ["a", "b"]:
    def bump(n=name):
        counters[n] = counters.get(n, 0) + 1
        return counters[n]
    bump()
    bump()
print(counters)


def shadow():
    items = [1, 2]
    result = [items for items in range(2)]
    return items, result


print(shadow())
x = 10


def reads_global():
    return x + 1


def broken():
    print("before", x)
    x = 5
    return x


print(reads_global())
