# No stdlib yet, so scripts write their own itertools: chain, islice, groupby, accumulate,
# pairwise, product and permutations as generators.


def chain(*its):
    for it in its:
        yield from it


def islice(it, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        yield x


def count(start=0, step=1):
    while True:
        yield start
        start += step


def groupby(items, key):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for x in it:
        if key(x) == key(group[0]):
            group.append(x)
        else:
            yield key(group[0]), group
            group = [x]
    yield key(group[0]), group


def accumulate(items, fn=lambda a, b: a + b):
    total = None
    first = True
    for x in items:
        total = x if first else fn(total, x)
        first = False
        yield total


def pairwise(items):
    it = iter(items)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def product(a, b):
    for x in a:
        for y in b:
            yield x, y


def permutations(items, r):
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest


print(list(chain([1, 2], "ab", range(2))))
print(list(islice(count(10, 5), 4)), list(islice("abcdef", 3)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, g) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])], list(pairwise([])))
print(list(product("ab", [1, 2])), len(list(product(range(4), range(5)))))
print(list(permutations([1, 2, 3], 2)), sum(1 for _ in permutations(list(range(5)), 3)))
balances = list(accumulate([100, -30, -80, 50, -10]))
print(balances, [i for i, b in enumerate(balances) if b < 0])
runs = [(k, len(g)) for k, g in groupby("aaabccddddde", key=lambda c: c)]
print(runs, max(runs, key=lambda kv: kv[1]))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)), next(evens))
