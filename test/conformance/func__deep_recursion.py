# Recursion close to (but under) CPython's default limit of 1000 frames must work: deep linked
# lists, nested data, and mutual recursion.


def build_chain(n):
    node = None
    for i in range(n):
        node = {"value": i, "next": node}
    return node


def chain_sum(node):
    if node is None:
        return 0
    return node["value"] + chain_sum(node["next"])


def chain_depth(node, depth=0):
    return depth if node is None else chain_depth(node["next"], depth + 1)


chain = build_chain(900)
print("sum:", chain_sum(chain), "depth:", chain_depth(chain))


def nest(n):
    value = "core"
    for _ in range(n):
        value = [value]
    return value


def unwrap(value, depth=0):
    if isinstance(value, list):
        return unwrap(value[0], depth + 1)
    return value, depth


print(unwrap(nest(950)))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(900), is_odd(901), is_even(7))


def sum_digits_recursive(n):
    return n if n < 10 else sum_digits_recursive(sum(int(d) for d in str(n)))


print(sum_digits_recursive(2 ** 5000))


def countdown(n, out):
    if n == 0:
        return out
    out.append(n)
    return countdown(n - 1, out)


steps = countdown(980, [])
print(len(steps), steps[:3], steps[-3:])


def gen_depth(n):
    if n == 0:
        yield "bottom"
        return
    yield from gen_depth(n - 1)


print(list(gen_depth(300)))
