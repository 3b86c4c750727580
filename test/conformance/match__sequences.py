# Sequence patterns accept lists, tuples and ranges, never str/bytes/dict/set; star captures a list.


def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *middle, last]:
            return f"{first!r} .. {type(middle).__name__}{middle} .. {last!r}"
        case _:
            return f"not a sequence: {type(seq).__name__}"


samples = [[], (), [1], (1,), [1, 2], ("a", "b"), range(5), [1, [2, 3], 4], "ab", "abc",
           b"xy", {1: 2}, {1, 2, 3}, iter([1, 2]), (x for x in [1])]
for s in samples:
    print(f"{type(s).__name__:>9}: {shape(s)}")

match [1, 2, 3, 4, 5]:
    case [1, *_, 5] as whole:
        print("starts 1, ends 5:", whole)
match (1, (2, (3, (4, ())))):
    case (a, (b, (c, (d, ())))):
        print("linked list", a, b, c, d)
match [[1, 2], [3, 4]]:
    case [[a, b], [c, d]] if a * d - b * c != 0:
        print("invertible, det", a * d - b * c)
