# Context managers guarding resources: nesting, suppression, exceptions in __enter__/__exit__.

events = []


class Resource:
    def __init__(self, name, fail_enter=False, swallow=()):
        self.name = name
        self.fail_enter = fail_enter
        self.swallow = swallow
        self.open = False

    def __enter__(self):
        if self.fail_enter:
            events.append(f"{self.name}: enter failed")
            raise ConnectionError(f"cannot open {self.name}")
        self.open = True
        events.append(f"{self.name}: open")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        kind = exc_type.__name__ if exc_type else "clean"
        events.append(f"{self.name}: close ({kind}, tb={'yes' if tb is not None else 'no'})")
        return exc_type is not None and issubclass(exc_type, self.swallow)


def transfer(amount):
    with Resource("db") as db, Resource("log", swallow=(KeyError,)) as log:
        events.append(f"using {db.name}+{log.name}, open={db.open and log.open}")
        if amount < 0:
            raise KeyError("negative")
        if amount > 100:
            raise OverflowError("too much")
        return amount * 2


print(transfer(10))
print(transfer(-5))
try:
    transfer(500)
except OverflowError as e:
    print("overflow:", e)
try:
    with Resource("a"), Resource("b", fail_enter=True), Resource("c"):
        events.append("unreachable")
except ConnectionError as e:
    print("connect:", e)

r = Resource("manual")
with r as same:
    print("same object:", same is r, r.open)
print("closed after:", r.open)
for line in events:
    print(line)
