# A dataclass-like class decorator: generates __init__, __repr__ and __eq__ from a field list,
# adds ordering, and the resulting classes are compared, sorted, and misused.
def record(*fields, order=False):
    def decorate(cls):
        def init(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} fields, got {len(args)}")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__} has no field {k!r}")
                if k in values:
                    raise TypeError(f"duplicate value for {k!r}")
                values[k] = v
            for f in fields:
                setattr(self, f, values.get(f, getattr(cls, f, None)))

        def rep(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def eq(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        cls.__init__ = init
        cls.__repr__ = rep
        cls.__eq__ = eq
        cls.fields = fields
        if order:
            def lt(self, other):
                return [getattr(self, f) for f in fields] < [getattr(other, f) for f in fields]
            cls.__lt__ = lt
        return cls
    return decorate


@record("name", "qty", "unit")
class Ingredient:
    unit = "g"

    def scaled(self, k):
        return Ingredient(self.name, self.qty * k, self.unit)


@record("major", "minor", "patch", order=True)
class Version:
    patch = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


flour = Ingredient("flour", 500)
print(flour, flour.scaled(2), Ingredient("egg", 2, unit="pcs"))
print(flour == Ingredient("flour", 500), flour == Ingredient("flour", 501), flour != "flour")
vs = [Version(1, 10), Version(1, 2, 3), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs), [str(v) for v in sorted(vs, reverse=True)], max(vs))
print(Version.fields, Ingredient.unit, Version(2, 0) > Version(1, 99))
for bad in [lambda: Ingredient("a", 1, "g", 4), lambda: Ingredient(colour="red"),
            lambda: Ingredient("a", name="b"), lambda: flour < flour]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(f"{Version(3, 1)}", format(Version(3, 1), ""))
