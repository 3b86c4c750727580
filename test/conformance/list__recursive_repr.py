# Self-referencing containers print with ... as CPython does; equality on nested lists.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"name": "root", "children": []}
d["self"] = d
d["children"].append(d)
print(d)
t = ([], {})
t[0].append(t)
t[1]["t"] = t
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
s = {"k": [1]}
s["k"].append(s["k"])
print(s)
print(repr([[], [[]], [[], [[]]]]), str([(), (1,), (1, 2)]))
print([1, [2, [3, [4]]]] == [1, [2, [3, [4]]]], [1, [2]] < [1, [3]], [[1, 2]] > [[1]])
grid = [[0] * 3] * 2
print(grid, grid[0] is grid[1])
print([None, True, 1.0, "q", b"b", (1,), {1}, frozenset(), range(3), {}, []])
print(list(map(repr, ["it's", 'say "hi"', "tab\t", "nl\n"])))
print([float("inf"), -0.0, 1e100, 10**20, -5])
