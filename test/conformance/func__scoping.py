# Name resolution corners: class bodies are not enclosing scopes, loop variables leak,
# comprehensions do not, default values are evaluated once, and del unbinds.

rate = "module rate"


class Pricing:
    rate = 0.2
    doubled = rate * 2
    # A comprehension in a class body cannot see class attributes: `rate` here is the global.
    tiers = [rate[:6] * n for n in (1, 2)]

    def show(self):
        return rate, self.rate, Pricing.rate, self.doubled


print(Pricing().show(), Pricing.tiers)

for i in range(3):
    pass
print("loop variable after loop:", i)
squares = [j * j for j in range(4)]
try:
    print(j)
except NameError as e:
    print("comprehension variable:", e)

stamp = 1


def remember(value=stamp * 10):
    return value


stamp = 2
print(remember(), remember(5))


def counter_factory():
    fns = []
    for k in range(3):
        def f():
            return k
        fns.append(f)
    return [fn() for fn in fns]


print(counter_factory())

temp = "will be deleted"
del temp
try:
    print(temp)
except NameError as e:
    print(e)


def outer():
    x = 1

    def show():
        return x

    x = 2
    first = show()
    x = 3
    return first, show()


print(outer())


def shadow_builtin():
    len = lambda seq: -1
    return len([1, 2, 3])


print(shadow_builtin(), len([1, 2, 3]))
sum_ = sum
print(sum_([1, 2]), max(1, 2, key=lambda v: -v))


def uses_later_global():
    return LATER * 2


LATER = 21
print(uses_later_global())
items = ["a", "b"]
print([(x, y) for x in items for y in items if x != y])
