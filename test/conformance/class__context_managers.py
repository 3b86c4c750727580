# Context managers: __enter__/__exit__ ordering, suppressing exceptions, nested with, a
# transaction that rolls back, and a timer-like manager returning self.
class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        print("  begin")
        return self

    def set(self, key, value):
        self.pending[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("  commit", sorted(self.pending))
            return False
        print(f"  rollback ({exc_type.__name__}: {exc})")
        return issubclass(exc_type, KeyError)


store = {"a": 1}
with Transaction(store) as tx:
    tx.set("b", 2)
print(store)
with Transaction(store) as tx:
    tx.set("c", 3)
    raise KeyError("missing")
print("after suppressed:", store)
try:
    with Transaction(store) as tx:
        tx.set("d", 4)
        raise ValueError("invalid")
except ValueError as e:
    print("propagated:", e, store)


class Indent:
    level = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Indent.level += 1
        print("  " * Indent.level + f"> {self.name}")
        return Indent.level

    def __exit__(self, *exc):
        print("  " * Indent.level + f"< {self.name}")
        Indent.level -= 1


with Indent("outer") as depth1, Indent("inner") as depth2:
    print("depths", depth1, depth2)


def first_line(lines):
    with Indent("reader"):
        for line in lines:
            if line:
                return line
    return None


print(first_line(["", "hello", "world"]))


class NotAManager:
    pass


try:
    with NotAManager():
        pass
except TypeError as e:
    print("TypeError:", e)
with Transaction(store):
    store["oops"]
