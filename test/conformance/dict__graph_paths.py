# Graph algorithms on dict-of-dicts: Dijkstra (linear scan, no heap), topological sort, cycles.

ROADS = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}


def dijkstra(graph, source):
    dist = {node: None for node in graph}
    prev = {}
    dist[source] = 0
    unvisited = set(graph)
    while unvisited:
        current = None
        for node in sorted(unvisited):
            if dist[node] is not None and (current is None or dist[node] < dist[current]):
                current = node
        if current is None:
            break
        unvisited.remove(current)
        for nxt, weight in graph[current].items():
            alt = dist[current] + weight
            if dist[nxt] is None or alt < dist[nxt]:
                dist[nxt] = alt
                prev[nxt] = current
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


dist, prev = dijkstra(ROADS, "A")
print(dist)
for node in sorted(ROADS):
    print(node, dist[node], "->".join(path_to(prev, node)))


def topo_sort(deps):
    indegree = {n: 0 for n in deps}
    for n, targets in deps.items():
        for t in targets:
            indegree[t] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for t in sorted(deps[n]):
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
        ready.sort()
    return order if len(order) == len(deps) else None


print(topo_sort(ROADS))
build = {"app": ["lib", "ui"], "lib": ["core"], "ui": ["core"], "core": [], "docs": []}
print(topo_sort(build))
print(topo_sort({"x": ["y"], "y": ["z"], "z": ["x"]}))
reverse = {}
for n, targets in ROADS.items():
    for t in targets:
        reverse.setdefault(t, []).append(n)
print(dict(sorted(reverse.items())))
