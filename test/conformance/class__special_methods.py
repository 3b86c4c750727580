# Operator overloading on a 2-D vector: arithmetic, reflected operators, truthiness, hashing.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        # Lets sum() start from 0.
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __call__(self, scale):
        return Vec(self.x * scale, self.y * scale)


a, b = Vec(3, 4), Vec(-1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, abs(a))
print(sum([a, b, Vec(0, 1)]), bool(Vec(0, 0)), bool(b), a == Vec(3, 4), a != b)
print(sorted([a, b, Vec(1, 1)]), max([a, b]), min(a, b))
print({a: "a", Vec(3, 4): "same"}, len({a, Vec(3, 4), b}))
x, y = a
print(x, y, list(a), a[-1], len(a), a(10))
a += b
print(a, a is not None)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
print([v for v in [Vec(0, 0), Vec(1, 0), Vec(0, 0)] if v], Vec(2, 2) in [a, Vec(2, 2)])
