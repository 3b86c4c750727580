# Properties with validation, computed attributes, classmethods and staticmethods.


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        if c < 0:
            return "freezing"
        if c < 20:
            return "cool"
        return "warm"

    def __repr__(self):
        return f"Temperature({self._celsius!r})"


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.describe(t.celsius))
t.celsius = -10
print(t, t.fahrenheit, Temperature.describe(t.celsius))
f = Temperature.from_fahrenheit(212)
print(f, round(f.celsius, 6), type(f).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
print("still", t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", "read-only" if "fahrenheit" in str(e) else e)


class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    @property
    def is_square(self):
        return self.w == self.h

    @classmethod
    def square(cls, side):
        return cls(side, side)


r = Rectangle(3, 4)
print(r.area, r.is_square)
r.w = 4
print(r.area, r.is_square, Rectangle.square(5).area)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

    @classmethod
    def reset(cls):
        cls.instances = 0


c = [Counter() for _ in range(3)]
print([x.id for x in c], Counter.instances)
Counter.reset()
print(Counter().id)
