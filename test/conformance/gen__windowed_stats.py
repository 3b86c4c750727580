# Sliding-window statistics with generators: a window generator, running stats via send, a
# generator class implementing __iter__/__next__ by hand, and yield inside try/finally.
def windows(seq, size):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == size:
            yield tuple(win)
            win.pop(0)


def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


def tracked(seq, log):
    log.append("start")
    try:
        for x in seq:
            yield x
    finally:
        log.append("end")


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(list(windows(data, 3))[:4], len(list(windows(data, 4))), list(windows([1], 2)))
print([round(sum(w) / len(w), 2) for w in windows(data, 5)])
rm = running_max()
next(rm)
print([rm.send(x) for x in data])
print(list(Fib(50)), sum(Fib(1000)), list(zip(Fib(5), "abcdefg")))
log = []
print(list(tracked(Fib(10), log)), log)
log.clear()
for x in tracked(data, log):
    if x == 4:
        break
print(log)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
gen = windows(data, 2)
print(gen.__name__, next(gen), list(gen)[-1])
nested = [[y * x for y in range(3)] for x in range(3)]
print(nested, [list(g) for g in (range(n) for n in range(3))])
