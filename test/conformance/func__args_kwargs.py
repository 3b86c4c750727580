# Defaults, *args, **kwargs, keyword-only and positional-only parameters, and call unpacking.


def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))


def total(*amounts, tax=0.0, discount=0):
    subtotal = sum(amounts) - discount
    return round(subtotal * (1 + tax), 2)


print(total(), total(10, 20), total(10, 20, tax=0.2), total(*[5, 5, 5], discount=3))


def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"describe({', '.join(parts)})"


print(describe())
print(describe(1, "two", [3]))
print(describe(x=1, y="z"))
opts = {"color": "red", "size": 3}
print(describe(0, *("a", "b"), **opts, extra=True))


def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("example.org"))
print(connect("example.org", 443, retries=5))
print(connect(port=8080, host="localhost", timeout=1))


def clamp(value, /, low=0, high=100):
    return max(low, min(high, value))


print(clamp(150), clamp(-5), clamp(50, high=40), clamp(7, 10, 20))


def append_to(item, bucket=[]):
    # The default list is shared between calls: a classic surprise preserved by Corral.
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []))


def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_append(1), safe_append(2))


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(greet, "Eve", greeting="Bye"), apply(pow, 2, 10), apply(sorted, [3, 1, 2], reverse=True))
print(greet.__name__, (lambda: 0).__name__)
