# Mapping patterns match dicts and dict subclasses (looked up with get, never __missing__),
# need at least the listed keys, and **rest copies the remainder.


class Defaults(dict):
    def __missing__(self, key):
        return f"<default {key}>"


class Loud(dict):
    def get(self, key, default=None):
        print(f"  Loud.get({key!r})")
        return super().get(key, default)


def show(m):
    match m:
        case {"a": 1, "b": b, **rest}:
            return f"a=1 b={b} rest={rest}"
        case {"a": a}:
            return f"only a={a}"
        case {}:
            return f"some mapping of {len(m)}"
        case _:
            return "not a mapping"


for m in [{"a": 1, "b": 2, "c": 3}, Defaults(a=1), Defaults(z=1), Loud(a=1, b=[2]), Loud(q=1),
          {"a": 2, "b": 0}, [("a", 1)], "a", {1: "a"}]:
    print(type(m).__name__, show(m))

d = Defaults(x=1)
print(d["never"], "missing" in d)
match {"k": None}:
    case {"k": None}:
        print("None value present")
match {}:
    case {"k": None}:
        print("wrong")
    case {**everything}:
        print("empty rest", everything)
