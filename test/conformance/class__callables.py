# Callable objects: __call__ on instances, functors with state, classes as factories, bound
# methods as callbacks, and calling things that are not callable.
class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self.counts[word]


class Threshold:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value, *, inclusive=False):
        return value >= self.limit if inclusive else value > self.limit

    def __repr__(self):
        return f"Threshold({self.limit})"


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(handler):
            self.handlers.setdefault(event, []).append(handler)
            return handler
        return register

    def emit(self, event, payload):
        return [h(payload) for h in self.handlers.get(event, [])]


count = Counter()
for w in "the cat and the hat and the bat".split():
    count(w)
print(count.counts, callable(count), callable(Counter), callable(3))
over5 = Threshold(5)
print([n for n in range(8) if over5(n)], over5(5, inclusive=True), over5, list(filter(over5, [1, 9, 6])))
bus = EventBus()
log = []


@bus.on("order")
def audit(p):
    log.append(p["id"])
    return f"audited {p['id']}"


bus.on("order")(count)
bus.on("order")(lambda p: p["total"] > 100)
bus.on("refund")(log.append)
print(bus.emit("order", {"id": 7, "total": 150}))
print(bus.emit("refund", "r-1"), log, bus.emit("none", {}))
print(sorted(["b", "A", "c"], key=str.lower), list(map(Threshold, [1, 2])))
method = count.__call__
print(method("zebra"), audit.__name__, type(over5).__name__)
for thing in [None, "text", 5, [1]]:
    try:
        thing()
    except TypeError as e:
        print("TypeError:", e)
over5.limit()
