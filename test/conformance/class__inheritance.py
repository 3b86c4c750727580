# Inheritance with super(), method overriding, and isinstance checks over a shape hierarchy.


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "a square: " + super().describe()


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


shapes = [Rectangle(2, 3), Square(4), Circle(1.5), Square(1)]
for s in shapes:
    print(s.describe())
print(shapes)
print("created:", Shape.count)
print([isinstance(s, Rectangle) for s in shapes])
print(issubclass(Square, Shape), issubclass(Circle, Rectangle), isinstance(shapes[1], (Circle, Square)))
print(sorted(shapes, key=lambda s: s.area()))
total = sum(s.area() for s in shapes)
print(f"total area {total:.3f}")
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!!"


print([x.speak() for x in (Animal(), Dog(), Puppy())])
pup = Puppy()
print(isinstance(pup, Dog), isinstance(pup, Animal), isinstance(Dog(), Puppy), type(pup).__name__, pup.sound)
