# global and nonlocal declarations, and how assignment decides a name's scope.

counter = 0
log = []


def bump():
    global counter
    counter += 1
    log.append(counter)  # mutating a global list needs no declaration


for _ in range(3):
    bump()
print(counter, log)


def set_config(name):
    global CONFIG
    CONFIG = {"name": name}


set_config("prod")
print(CONFIG)

x = "global x"


def shadow():
    x = "local x"
    return x


def read_global():
    return x


print(shadow(), read_global(), x)


def outer():
    value = 1
    trace = []

    def level1():
        nonlocal value
        value += 10

        def level2():
            nonlocal value
            value *= 2
            trace.append(value)

        level2()
        level2()

    level1()
    trace.append(value)
    return trace


print(outer())


def make_fib_gen():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a

    return step


step = make_fib_gen()
print([step() for _ in range(12)])

total = 100


def spend(amount):
    global total
    if amount > total:
        return False
    total -= amount
    return True


print(spend(30), spend(80), spend(70), total)


class Tally:
    count = 0

    def hit(self):
        Tally.count += 1
        return Tally.count


t1, t2 = Tally(), Tally()
print(t1.hit(), t2.hit(), t1.hit(), Tally.count)
print([counter for counter in range(3)], counter)
