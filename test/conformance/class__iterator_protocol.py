# Classes that take part in iteration and attribute lookup: __iter__/__next__, a generator-based
# __iter__, __getattr__ fallbacks, and classmethod constructors that respect subclasses.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __iter__(self):
        for card in self.cards:
            yield card

    def __len__(self):
        return len(self.cards)

    @classmethod
    def from_string(cls, text):
        return cls(text.split())


class RiggedDeck(Deck):
    def __iter__(self):
        yield "ACE"
        yield from super().__iter__()


c = Countdown(3)
print(list(c), list(c), [n * 2 for n in Countdown(4)], sum(Countdown(100)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
d = Deck.from_string("2H 3S KD")
r = RiggedDeck.from_string("4C 5D")
print(type(d).__name__, type(r).__name__, list(d), list(r), len(r))
print([card for card in r if card != "ACE"], "KD" in d, "ACE" in r, sorted(d))
a, b, c2 = d
print(a, b, c2, *r)
print(dict(zip(Deck("xyz"), Countdown(3))), list(enumerate(RiggedDeck("q"))))


class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        # Only called when normal lookup fails.
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}")


rec = Record(name="Ada", year=1843)
print(rec.name, rec.year, rec.fields is rec.fields, getattr(rec, "missing", "default"))
print(hasattr(rec, "name"), hasattr(rec, "nope"))
try:
    rec.nope
except AttributeError as e:
    print("AttributeError:", e)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def __iter__(self):
        return reversed(self.items)

    def __bool__(self):
        return bool(self.items)


s = Stack().push(1).push(2).push(3)
print(list(s), bool(s), bool(Stack()), max(s), list(map(str, s)))
