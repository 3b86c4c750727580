# Cooperative multiple inheritance: C3 MRO, super() chains, explicit Base.method(self) calls.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            print("  leftover kwargs:", sorted(kwargs))

    def describe(self):
        return "base"


class Timestamped(Base):
    def __init__(self, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.log.append("Timestamped")

    def describe(self):
        return f"ts({self.created})+" + super().describe()


class Owned(Base):
    def __init__(self, owner="nobody", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self.log.append("Owned")

    def describe(self):
        return f"owned({self.owner})+" + super().describe()


class Document(Timestamped, Owned):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self.log.append("Document")

    def describe(self):
        return f"doc({self.title})+" + super(Document, self).describe()


d = Document("spec", created=5, owner="ann", extra=1)
print([c.__name__ for c in Document.mro()])
print(d.log, d.describe())
print(Owned.describe(d), Base.describe(d), Timestamped.describe(d))


class Shape:
    registry = []

    @classmethod
    def make(cls, *args):
        obj = cls(*args)
        Shape.registry.append(obj)
        return obj

    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @classmethod
    def make(cls, *args):
        print("  making", cls.__name__)
        return super().make(*args)

    def area(self):
        return self.side ** 2


class Cube(Square):
    def area(self):
        return 6 * super().area()


print(Cube.make(2).area(), Square.make(3).area(), len(Shape.registry))
print(isinstance(Shape.registry[0], (Square, int)), issubclass(Cube, Shape), issubclass(Shape, Cube))


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


print([k.__name__ for k in A.mro()], [k.__name__ for k in B.mro()])
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class D(X, X):
    pass
