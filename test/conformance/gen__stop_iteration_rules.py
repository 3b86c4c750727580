# StopIteration rules: return values, PEP 479 conversion, next() defaults, iter(callable, sentinel).
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value, e.args)
print(next(g, "default"), list(countdown(0)))


class Tokens:
    def __init__(self, text):
        self.parts = text.split()
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.parts):
            raise StopIteration
        self.i += 1
        return self.parts[self.i - 1]


t = Tokens("a bb ccc")
print([w.upper() for w in t], list(t), next(t, None))

queue = [5, 4, 3, 0, 9]
print(list(iter(queue.pop, 3)), queue)
counter = {"n": 0}


def tick():
    counter["n"] += 1
    return counter["n"] * 10


print(list(iter(tick, 40)))


def leaky(items):
    it = iter(items)
    while True:
        yield next(it)


def safe(items):
    it = iter(items)
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(safe([1, 2])))
try:
    print(list(leaky([1, 2])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
