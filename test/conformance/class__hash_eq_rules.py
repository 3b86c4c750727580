# What defining __eq__ does to hashing, default identity equality, and __str__ vs __repr__ in
# containers, shown on a small customer model.


class Plain:
    def __init__(self, name):
        self.name = name


class ByValue:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, ByValue) and self.name == other.name


class Hashable(ByValue):
    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Hashable({self.name!r})"

    def __str__(self):
        return self.name.upper()


p1, p2 = Plain("ann"), Plain("ann")
print(p1 == p2, p1 == p1, p1 != p2, len({p1, p2, p1}))
b1, b2 = ByValue("bo"), ByValue("bo")
print(b1 == b2, b1 != b2, b1 is b2, ByValue.__hash__ is None)
try:
    {b1}
except TypeError as e:
    print("TypeError:", e)
h1, h2, h3 = Hashable("cy"), Hashable("cy"), Hashable("di")
print(h1 == h2, len({h1, h2, h3}), {h1: 1, h2: 2})
print(h1, str(h1), repr(h1), [h1, h3], (h3,), f"{h1} {h1!r}")
print("%s %r" % (h1, h1), "{} {!r}".format(h3, h3))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], OnlyStr(), f"{OnlyStr()}")
print(type(repr(OnlyStr())).__name__, repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
customers = [Hashable("ann"), Hashable("bo"), Hashable("ann"), Hashable("cy"), Hashable("bo")]
unique = []
for c in customers:
    if c not in unique:
        unique.append(c)
print(unique, customers.count(Hashable("ann")), customers.index(Hashable("cy")))
print(Hashable("x") in {Hashable("x")}, ByValue("z") in [ByValue("z")], Plain("q") in [Plain("q")])
