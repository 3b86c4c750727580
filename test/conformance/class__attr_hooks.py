# Attribute hooks: __getattr__ for missing names only, __setattr__/__delattr__ overrides,
# a record type with defaults, and a proxy that delegates to a wrapped object.
class Record:
    defaults = {"status": "new", "priority": 3}

    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "changes", [])

    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        if name in Record.defaults:
            return Record.defaults[name]
        raise AttributeError(f"Record has no field {name!r}")

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private field {name!r}")
        self.changes.append(name)
        self._fields[name] = value

    def __delattr__(self, name):
        if name not in self._fields:
            raise AttributeError(name)
        del self._fields[name]


r = Record(title="fix bug", priority=1)
print(r.title, r.priority, r.status, r.changes)
r.status = "open"
r.owner = "ann"
print(r.status, r.owner, r.changes, getattr(r, "missing", "n/a"), hasattr(r, "title"))
del r.owner
print(getattr(r, "owner", "gone"))
for action in [lambda: r.nothing, lambda: setattr(r, "_secret", 1), lambda: delattr(r, "ghost")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class LoggingProxy:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                self._calls.append(name)
                return attr(*args, **kwargs)
            return wrapped
        return attr


items = LoggingProxy([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items._calls, items.count(1))
p = LoggingProxy("hello")
print(p.upper(), p.replace("l", "L"), p._calls)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(3)
print(f.x)
