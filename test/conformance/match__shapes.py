# Shape area calculator: class patterns with __match_args__, keyword patterns, guards.
PI = 3.141592653589793


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    __match_args__ = ("corner", "width", "height")

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height


class Square(Rect):
    __match_args__ = ("corner", "width")

    def __init__(self, corner, side):
        super().__init__(corner, side, side)


class Triangle:
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c


def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(Point(0, 0), r):
            return round(PI * r * r, 3), "circle at origin"
        case Circle(radius=r):
            return round(PI * r ** 2, 3), "circle"
        case Square(_, side):
            return side * side, "square"
        case Rect(Point(x, y), w, h) if w == h:
            return w * h, f"square-ish rect at {x},{y}"
        case Rect(width=w, height=h):
            return w * h, "rect"
        case Triangle(a=Point() as p, b=Point(), c=Point()):
            q, r = shape.b, shape.c
            twice = abs((q.x - p.x) * (r.y - p.y) - (r.x - p.x) * (q.y - p.y))
            return twice / 2, "triangle"
        case Point():
            return 0, "point"
        case _:
            return None, f"unknown {type(shape).__name__}"


shapes = [
    Circle(Point(0, 0), 1), Circle(Point(1, 2), 2.5), Rect(Point(0, 0), 3, 4),
    Rect(Point(2, 2), 5, 5), Square(Point(1, 1), 6), Triangle(Point(0, 0), Point(4, 0), Point(0, 3)),
    Point(9, 9), "not a shape", Circle(Point(0, 0), -2),
]
total = 0
for s in shapes:
    value, kind = area(s)
    print(f"{kind:>26}: {value}")
    if value is not None:
        total += value
print("total", round(total, 3))
