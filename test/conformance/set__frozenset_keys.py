# frozensets as dict keys for unordered pairs; set comprehension; frozenset algebra keeps its type.
matches = [("ana", "bo"), ("bo", "ana"), ("cy", "di"), ("ana", "cy"), ("di", "cy"), ("ana", "bo")]
count = {}
for a, b in matches:
    key = frozenset((a, b))
    count[key] = count.get(key, 0) + 1
for key, n in sorted(count.items(), key=lambda kv: sorted(kv[0])):
    print(sorted(key), n)
players = frozenset(p for m in matches for p in m)
print(len(players), sorted(players))
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, type(fs & {1}).__name__, fs - {1}, fs ^ {1, 7})
print(fs.union([4]), fs.intersection(range(2)), fs.difference({3}), fs.symmetric_difference([2, 8]), fs.copy() is fs)
print(frozenset() == set(), frozenset({1}) == {1}, {frozenset({1}), frozenset([1])}, {fs: 1}[frozenset({1, 2, 3})])
nested = frozenset({frozenset({1}), frozenset({2, 3})})
print(sorted(sorted(x) for x in nested), frozenset({1}) in nested)
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    groups.setdefault(frozenset(word), []).append(word)
print([g for g in groups.values() if len(g) > 1])
print(sorted(len(k) for k in groups), max(groups.values(), key=len))
s = set(fs)
s.add(10)
print(s, fs, s > fs, fs < s, s.issuperset(fs), fs.isdisjoint({10}))
print({1, 2}.union(), set.union({1}, {2}), frozenset.union(fs, [100]))
