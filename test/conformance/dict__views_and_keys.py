# Dict corners: key equality across types, view set operations, mutation during iteration,
# popitem order, nested defaults, and tuple keys for a sparse grid.

d = {}
d[1] = "int one"
d[1.0] = "float one overwrites the value, keeps the key"
d[True] = "bool too"
d[0] = "zero"
d[False] = "false is zero"
d[2 ** 64] = "big"
d[float(2 ** 64)] = "big float equals big int"
print(d)
print(len(d), 1 in d, 1.5 in d, 0.0 in d, d.get(True))

a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 30, "w": 40}
print(a.keys() & b.keys() == {"y", "z"}, sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(("x", 1) in a.items(), ("x", 2) in a.items(), 2 in a.values(), list(a.values()) == [1, 2, 3])
print(a.keys() == {"x", "y", "z"}, list(reversed(a)), list(reversed(a.items())))

try:
    for key in a:
        if key == "x":
            a["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(a)
for key in list(a):
    if a[key] == 0:
        del a[key]
print(a)
print(a.popitem(), a.popitem(), a)

grid = {}
for r, c in [(0, 0), (2, 3), (0, 0), (5, 1)]:
    grid[(r, c)] = grid.get((r, c), 0) + 1
print(grid, grid[0, 0], max(grid, key=grid.get))
print(sorted(grid), min(grid)[1], {k: v for k, v in sorted(grid.items(), reverse=True)})

tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)


def count_leaves(node):
    return 1 if not node else sum(count_leaves(child) for child in node.values())


print(count_leaves(tree))
merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(merged, dict(merged, d=5), dict({"k": 1}, k=2))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
