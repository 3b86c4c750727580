# yield from: tree traversal, delegation return values, and chained iterables.


def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)


TREE = ("root", [
    ("src", [("parser", []), ("runtime", [("int.ts", []), ("str.ts", [])])]),
    ("test", [("conformance", [])]),
    ("README", []),
])

for depth, name in walk(TREE):
    print("  " * depth + name)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))


def collect(results, values):
    result = yield from averager_driver(values)
    results.append(result)


def averager_driver(values):
    for v in values:
        yield v
    return sum(values) / len(values)


results = []
print(list(collect(results, [3, 4, 8])), results)


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    print("  inner returned:", r)
    yield 3


print(list(outer()))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, (2, [3, [4]]), [[[5]]], 6])))
gen = walk(TREE)
print(next(gen), next(gen), next(gen))
print(sum(1 for _ in walk(TREE)))
