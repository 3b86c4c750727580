# Reachability in a dependency graph with sets: BFS, cycle check, and frozenset keys.
deps = {
    "app": {"web", "db"},
    "web": {"http", "tmpl"},
    "db": {"driver"},
    "http": {"sock"},
    "tmpl": set(),
    "driver": {"sock"},
    "sock": set(),
}

def reach(start):
    seen = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(sorted(deps.get(node, ())))
    return seen

for name in ("app", "web", "tmpl"):
    print(name, sorted(reach(name)), len(reach(name)))
order = []
done = set()

def visit(n):
    if n in done:
        return
    for d in sorted(deps[n]):
        visit(d)
    done.add(n)
    order.append(n)

visit("app")
print(order)
shared = reach("web") & reach("db")
print(sorted(shared), sorted(reach("web") ^ reach("db")), reach("tmpl") <= reach("app"))
leaves = {n for n, d in deps.items() if not d}
print(sorted(leaves), sorted(set(deps) - leaves))
edges = {frozenset((a, b)) for a, ds in deps.items() for b in ds}
print(len(edges), frozenset(("sock", "http")) in edges, frozenset(("x", "y")) in edges)
weights = {frozenset(("app", "web")): 3, frozenset(("web", "app")): 5}
print(len(weights), list(weights.values()))
print(sorted(len(reach(n)) for n in deps), max(deps, key=lambda n: len(reach(n))))
deps["sock"].add("app")
print("cycle:", "app" in reach("sock"))
