# Recursive helpers: memoized recursion with a dict, mutual recursion, recursion over nested
# data, a recursive generator, and hitting the recursion limit on a cyclic structure.
memo = {}


def ways(n, coins):
    """Ways to make n from coins (order ignored)."""
    key = (n, coins)
    if key in memo:
        return memo[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    result = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = result
    return result


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        out = []
        for item in obj:
            out.extend(flatten(item))
        return out
    if isinstance(obj, dict):
        return flatten(list(obj.values()))
    return [obj]


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0


print(ways(100, (50, 25, 10, 5, 1)), len(memo), ways.__doc__)
print(is_even(10), is_odd(7), is_even(301))
print(flatten([1, [2, (3, 4)], {"a": 5, "b": [6, {"c": 7}]}, []]))
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(range(5))))
print(depth({"a": [1, {"b": []}], "c": 2}), depth([]), depth(3))
cyclic = [1]
cyclic.append(cyclic)
print(cyclic)
try:
    flatten(cyclic)
except RecursionError as e:
    print("RecursionError caught")
print(depth(cyclic))
