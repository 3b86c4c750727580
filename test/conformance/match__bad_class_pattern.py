# Class patterns misused at run time: CPython raises TypeError only when the case is reached.


class Money:
    __match_args__ = ("amount", "currency")

    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency


class Tag:
    def __init__(self, label):
        self.label = label


def price(item):
    match item:
        case Money(0, _):
            return "free"
        case Money(amount, "EUR") if amount > 100:
            return f"expensive: {amount} EUR"
        case Money(amount, currency):
            return f"{amount} {currency}"
        case int(cents) | float(cents):
            return f"raw {cents}"
        case Tag(label=str(text)):
            return f"tag {text}"
    return "?"


print(price(Money(0, "USD")))
print(price(Money(250, "EUR")))
print(price(Money(5, "GBP")))
print(price(12))
print(price(Tag("sale")))
print(price(Tag(None)))
print(price("text"))


def label_of(item):
    match item:
        case Tag(text):
            return text
    return None


print(label_of(Money(1, "EUR")))
print(label_of(Tag("boom")))
