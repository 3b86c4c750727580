# Recursive algorithms: permutations, power set, Hanoi, Ackermann, merge sort, flattening.


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


def flatten(nested):
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
print(merge_sort([38, 27, 43, 3, 9, 82, 10, 3]))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
