# Lambdas and default values: defaults are evaluated once, when the function is defined.

rate = 0.1
tax = lambda amount, r=rate: round(amount * r, 2)
rate = 0.5
print(tax(100), tax(100, rate))

handlers = {}
for level in ["debug", "info", "warn"]:
    handlers[level] = lambda msg, lvl=level: f"[{lvl.upper()}] {msg}"
late = [lambda: level for level in range(3)]
print([handlers[k]("hi") for k in handlers])
print([f() for f in late])


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []))


def safer(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(safer(1), safer(2))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
key_fns = [lambda p: p[0], lambda p: -p[1], lambda p: (p[1] % 2, p[0])]
pts = [(3, 1), (1, 4), (2, 2)]
for fn in key_fns:
    print(sorted(pts, key=fn))
kw = lambda a, *rest, sep="-", **opts: sep.join([str(a), *map(str, rest)]) + str(sorted(opts))
print(kw(1, 2, 3), kw("x", sep="+", z=1))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(tax())
