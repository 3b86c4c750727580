# Default object behaviour and construction errors: default __str__ falling back to __repr__,
# __ne__ inverting __eq__, __init__ returning a value, classes taking no arguments, abstract-style
# methods, and super() with explicit arguments in a classmethod.
class Shape:
    sides = 0

    def __repr__(self):
        return f"<{type(self).__name__} with {self.sides} sides>"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    @classmethod
    def describe(cls):
        return f"{cls.__name__}: {cls.sides} sides"


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2

    def __eq__(self, other):
        return isinstance(other, Triangle) and self.area() == other.area()

    @classmethod
    def describe(cls):
        return "triangle! " + super(Triangle, cls).describe()


class Blob(Shape):
    pass


class Weird:
    def __init__(self):
        return 42


t = Triangle(4, 3)
print(t, str(t), repr(t), f"{t}", [t], t.area(), Triangle.describe(), Blob.describe())
print(t == Triangle(6, 2), t != Triangle(6, 2), t != Triangle(1, 1), t == 5)
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
for make in [lambda: Blob(1), lambda: Shape(sides=4), lambda: Weird(), lambda: Triangle(1),
             lambda: format(Blob(), "x"), lambda: object(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(type(t) is Triangle, type(t).__name__, t.__class__.__name__, Triangle.__name__, Triangle.__qualname__)
print(isinstance(t, object), isinstance(Triangle, type), type(Triangle).__name__, type(None).__name__)
print(Triangle.mro()[1].__name__, Blob().sides, Shape.area(t))
