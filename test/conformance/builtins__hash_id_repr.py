# hash() of numbers and tuples (deterministic), equal-hash rules, id() stability, repr/str/ascii.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**20))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float("inf")))
print(hash(True), hash(False), hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]), a is b, a == [1, 2])
print(repr(None), repr(...), repr(NotImplemented), str(Ellipsis), Ellipsis is ..., type(...).__name__)
print(repr(1.5), repr(-0.0), repr(1e16), repr(1e-5), repr(123.456e5), repr(float("nan")))
print(repr("x"), repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x00\x7f"), ascii("ü€😀"))
print(repr([1, "a", 2.0]), repr((1,)), repr({"a": [None]}), repr(set()), repr({1}), repr(frozenset({1})))
print(str(3), str(3.0), str("s"), str([3.0]), format(3.0), format(3.0, ""), f"{3.0}")
for bad in ([1], {1: 2}, {1}, (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
seen = {}
for key in [1, 1.0, True, (1,), (1.0,), "1"]:
    seen[key] = seen.get(key, 0) + 1
print(seen)
