# Subclassing immutable builtins: tuple records, float units, str tags, int flags, sets.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p, p.x, p.y, len(p), list(p))
print(p.moved(1, -1), p + (9,), type(p + (9,)).__name__)
print(isinstance(p, tuple), p == (3, 4), p[::-1], p.count(3))
x, y = p
print(x * y, {p: "here"}[(3, 4)])


class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return f"{float(self):.1f}C"


temps = [Celsius(21.5), Celsius(-3), Celsius(100)]
for t in temps:
    print(t, repr(t), t.to_fahrenheit(), f"{t}", f"{t:.2f}")
print(max(temps), sum(temps), type(temps[0] + 1).__name__, round(temps[0]))


class Tag(str):
    def shout(self):
        return self.upper() + "!"


tags = [Tag("beta"), Tag("alpha"), Tag("gamma")]
print(sorted(tags), tags[0].shout(), type(tags[0].upper()).__name__)
print(tags[1] == "alpha", "alp" in tags[1], tags[1][1:3], len(tags[2]), tags[0] + "-x")
index = {t: len(t) for t in tags}
print(index["alpha"], index)


class Flags(int):
    def has(self, bit):
        return bool(self & bit)


f = Flags(5)
print(f, f.has(1), f.has(2), f + 1, type(f * 2).__name__, -f, abs(Flags(-3)), f"{f:04b}")
print(list(range(f)), ["a", "b", "c", "d", "e", "f"][f], hex(f), f == 5, hash(f) == hash(5))


class Group(set):
    def describe(self):
        return ", ".join(str(x) for x in sorted(self))


g = Group([3, 1, 2])
print(g, len(g), 2 in g, g.describe(), g | {9}, type(g | {9}).__name__)
print(Group(), frozenset([1]) <= g, bool(Group()))
