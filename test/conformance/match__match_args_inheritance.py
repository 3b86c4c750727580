# __match_args__ is inherited and can be overridden; self-matching builtins and their subclasses.


class Node:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Leaf(Node):
    pass


class Pair(Node):
    __match_args__ = ("value", "right")

    def __init__(self, value, right):
        super().__init__(value)
        self.right = right


class Labels(list):
    pass


def render(n):
    match n:
        case Pair(Leaf(a), Leaf(b)):
            return f"pair of leaves {a},{b}"
        case Pair(v, right):
            return f"pair({v}, {render(right)})"
        case Leaf(v):
            return f"leaf {v}"
        case Node(value=v):
            return f"node {v}"
        case Labels([first, *_]):
            return f"labels starting {first}"
        case list(items):
            return f"plain list {items}"
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case _:
            return "?"


for n in [Leaf(1), Node(2), Pair(Leaf(1), Leaf(2)), Pair(3, Pair(4, Leaf(5))), Labels(["x", "y"]),
          Labels(), [7], True, 9, "s"]:
    print(render(n))

match Leaf(10):
    case Node(value=v) if v > 5:
        print("big node via keyword", v)

match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)

match Pair(1, 2):
    case Pair(a, b, c):
        print("too many")
