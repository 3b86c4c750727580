# A 2-D vector with the full operator protocol: reflected, in-place, unary, comparisons.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a / 2, -a, +b, abs(a))
print(a == Vector(3, 4), a != b, b < a, sorted([a, b, Vector()]))
print(bool(Vector()), bool(b), list(a), dict(zip("xy", b)))
print(len({a, Vector(3, 4), b}), max([a, b]), min(a, b, key=abs))
c = a
c += b
print(c, a, c is a)
print(sum([a, b], Vector()))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print("slots:", e)
