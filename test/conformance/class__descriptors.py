# Descriptors a script writes: validated fields with __set_name__, a lazy cached attribute,
# class-level access returning the descriptor, and properties built with property().
class Field:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.storage, value)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.func(obj)
        setattr(obj, self.name, value)
        return value


class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    @Lazy
    def label(self):
        return f"{self.name.upper()} @ {self.price:.2f}"

    def _get_value(self):
        return self.price * self.stock

    value = property(_get_value, doc="total stock value")


p = Product("lamp", 19.5, 4)
print(p.name, p.price, p.stock, p.value, Product.value.__doc__)
print(p.label)
print(p.label)
print(type(Product.price).__name__, Product.price.name, Product.stock.minimum, type(Product.label).__name__)
for field, value in [("price", -1.0), ("stock", 2.5), ("name", 7), ("stock", 10)]:
    try:
        setattr(p, field, value)
        print("set", field, "=", getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p.value)
try:
    p.value = 3
except AttributeError as e:
    print("AttributeError:", e)
