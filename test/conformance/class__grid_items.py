# A sparse grid: __getitem__/__setitem__/__delitem__ with tuple keys, __len__ as truth value,
# __contains__, __missing__-style defaults, slicing rows, and KeyError/IndexError reporting.
class Grid:
    def __init__(self, width, height, fill="."):
        self.width = width
        self.height = height
        self.fill = fill
        self.cells = {}

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"grid indices must be (x, y) pairs, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {key} outside {self.width}x{self.height} grid")
        return key

    def __getitem__(self, key):
        if isinstance(key, int):
            return "".join(self[x, key] for x in range(self.width))
        return self.cells.get(self._check(key), self.fill)

    def __setitem__(self, key, value):
        self.cells[self._check(key)] = value

    def __delitem__(self, key):
        del self.cells[self._check(key)]

    def __len__(self):
        return len(self.cells)

    def __contains__(self, value):
        return value in self.cells.values()

    def __str__(self):
        return "\n".join(self[y] for y in range(self.height))


g = Grid(5, 3)
print(bool(g), len(g))
for i, (x, y) in enumerate([(0, 0), (4, 2), (2, 1), (1, 1)]):
    g[x, y] = "#" if i % 2 else "@"
print(g)
print(len(g), bool(g), "@" in g, "?" in g, g[2, 1], g[3, 0], g[1])
g[2, 1] = "*"
del g[0, 0]
print(g, sep="")
print(sorted(g.cells.items()))
for bad in [lambda: g[5, 0], lambda: g["a"], lambda: g.__setitem__((9, 9), "x"), lambda: g.__delitem__((3, 2))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)


class Empty:
    def __len__(self):
        return 0


class Negative:
    def __len__(self):
        return -1


print(bool(Empty()), not Empty(), "yes" if Empty() else "no", len(Empty()))
try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)
del g[1, 1]
