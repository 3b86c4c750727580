class A:
    def __init__(self):
        self.items = []
    def total(self):
        return sum(i.price for i in self.items)
a = A()
a.items.append(3)
print(a.total())
