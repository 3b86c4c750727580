# Set algebra on small integers and membership-driven deduplication.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 9} <= a, a >= {2, 3}, {1, 2} < {1, 2}, a.isdisjoint({8, 9}))

s = set()
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(n)
print(sorted(s), len(s))
s.discard(100)
s.remove(9)
print(sorted(s))
s.update([10, 11], {12})
print(sorted(s))
s -= {10, 11, 12}
s &= {1, 2, 3, 4, 5, 6, 7}
print(sorted(s))
print(set([1, 1, 2]), set(range(5)), set(), set((3, 1, 2)) == {1, 2, 3})


def dedupe(seq):
    seen = set()
    out = []
    for item in seq:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


print(dedupe([5, 1, 5, 2, 1, 3, 2]))
print(dedupe(["b", "a", "b", "c", "a"]))

visited_rooms = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
common = set(visited_rooms[0])
for rooms in visited_rooms[1:]:
    common &= set(rooms)
print("common:", common)
everywhere = set()
for rooms in visited_rooms:
    everywhere |= set(rooms)
print("union:", sorted(everywhere))
print("sum:", sum({1, 2, 3}), "max:", max({4, 8, 2}), 3 in {1, 2, 3})
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
letters = set("mississippi")
print(sorted(letters), len(letters))
missing = set(range(1, 11)) - {2, 3, 5, 7}
print(sorted(missing))
