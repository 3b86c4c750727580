# Generator functions: infinite sequences, state, send(), and exhaustion.


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(15, primes()))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(15)])
print(next(fib), next(fib))


def countdown(n):
    print("  start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("  countdown finished")


for value in countdown(3):
    print("got", value)

gen = countdown(2)
print(list(gen), list(gen))


def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount


acc = running_total()
print(next(acc), acc.send(10), acc.send(5), acc.send(-3))

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")


def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]


print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("abcd", 2)))
moving = [sum(w) / len(w) for w in windows([10, 20, 30, 40, 50, 60], 3)]
print(moving)
gen_exp = (x for x in range(3))
print(list(gen_exp), list(gen_exp))
print(list(zip(naturals(), "xyz")))
