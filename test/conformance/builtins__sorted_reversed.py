# sorted() and reversed() on many kinds of iterables, with __reversed__ and __len__/__getitem__ classes.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i

class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __iter__(self):
        return iter(self.songs)

    def __reversed__(self):
        return iter(["(reversed)"] + self.songs[::-1])

print(list(Countdown(4)), list(reversed(Countdown(4))), sorted(Countdown(4)))
p = Playlist(["a", "b", "c"])
print(list(p), list(reversed(p)), sorted(p, reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted("bca"), sorted((2, 1)), sorted(range(3, 0, -1)))
print(sorted(x * x for x in range(-3, 3)), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(2, 10, 3))), list(reversed((1,))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.values())), list(reversed({"x": 1}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
data = [5, 3, 8, 1]
s = sorted(data)
print(s, data, s is data, sorted(data, key=lambda v: v % 3), sorted(data, key=lambda v: -v, reverse=True))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold), sorted([], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:4])
try:
    sorted([1, 2], key=lambda v: None)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(p.songs.__iter__())
except TypeError as e:
    print("TypeError:", e)
print(sorted(data, cmp=None))
