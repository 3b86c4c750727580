class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError(f"{type(self).__name__} must implement speak")
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name)
class Cat(Animal):
    def speak(self):
        return "meow"
for a in [Cat("c"), Dog("d")]:
    print(a.speak())
