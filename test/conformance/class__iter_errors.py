# Iterator protocol corners: __iter__ returning self, re-iterable containers, __iter__ returning a
# non-iterator, __next__ without __iter__, and objects that are not iterable at all.
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1


class OneShot:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


class BadIter:
    def __iter__(self):
        return [1, 2, 3]


class OnlyNext:
    def __next__(self):
        return 1


class Opaque:
    pass


r = Range2(3)
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
o = OneShot("abc")
print(list(o), list(o), next(OneShot([9]), None))
z = zip(Range2(5), OneShot("xy"))
print(list(z), dict(zip(OneShot("pq"), Range2(2))), sorted(OneShot([3, 1, 2])))
print(min(Range2(4)), max(OneShot([4, 8])), tuple(Range2(2)), set(Range2(3)) == {0, 1, 2})
print(list(enumerate(OneShot("hi"), start=1)), " ".join(map(str, Range2(4))))
for target in [BadIter(), OnlyNext(), Opaque(), 42]:
    try:
        for item in target:
            print("item", item)
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b = Opaque()
except TypeError as e:
    print("TypeError:", e)
try:
    next(Range2(2))
except TypeError as e:
    print("TypeError:", e)
print(next(iter(Range2(2))), 1 in Range2(3), 5 in Range2(3))
