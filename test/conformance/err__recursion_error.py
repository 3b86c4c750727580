# A recursive countdown with a broken base case recurses without bound (RecursionError).


def count_nodes(tree):
    if tree is None:
        return 0
    return 1 + count_nodes(tree.get("left")) + count_nodes(tree.get("right"))


tree = {"left": {"left": None, "right": {"left": None, "right": None}}, "right": {"left": None, "right": None}}
print("nodes:", count_nodes(tree))


def triangular(n):
    return 0 if n == 0 else n + triangular(n - 1)


print("triangular(100):", triangular(100))
print("triangular(500):", triangular(500))


def countdown(n):
    # Bug: steps by 2 and tests for exactly zero, so odd inputs skip past the base case.
    if n == 0:
        return ["liftoff"]
    return [n] + countdown(n - 2)


print(countdown(10))
print(countdown(7))
