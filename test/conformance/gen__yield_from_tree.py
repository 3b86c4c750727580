# Delegating generators: walking a tree with yield from, return values and send pass-through.
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def __iter__(self):
        yield self.name
        for child in self.children:
            yield from child


def walk(node, depth=0):
    yield depth, node.name
    for child in node.children:
        yield from walk(child, depth + 1)


def count_leaves(node):
    if not node.children:
        yield node.name
        return 1
    total = 0
    for child in node.children:
        total += yield from count_leaves(child)
    return total


def collect(node):
    leaves = yield from count_leaves(node)
    yield f"{leaves} leaves"


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
print(list(tree))
for depth, name in walk(tree):
    print("  " * depth + name)
print(list(collect(tree)))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def relay():
    result = yield from echo()
    print("relay got", result)
    yield "relay finished"


r = relay()
print(next(r), r.send("a"), r.send("b"), r.send(None))


def inner_raises():
    yield 1
    raise KeyError("inner")


def outer():
    try:
        yield from inner_raises()
    except KeyError as e:
        print("outer caught", e)
        yield 2


print(list(outer()))
print(list(x for x in range(3)), sum(n for _, n in enumerate(range(5))))
gen = walk(tree)
print(next(gen), next(gen))
gen.close()
print(next(gen, "exhausted"))
