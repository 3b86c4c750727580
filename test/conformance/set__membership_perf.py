# Membership tests in sets vs lists, set of tuples for visited states, and an unhashable state.
start = (0, 0)
walls = {(1, 0), (1, 1), (1, 2), (3, 1), (3, 2), (3, 3)}
width, height = 5, 4
goal = (4, 0)
frontier = [start]
visited = {start}
parent = {}
while frontier:
    nxt = []
    for x, y in frontier:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            p = (x + dx, y + dy)
            if 0 <= p[0] < width and 0 <= p[1] < height and p not in walls and p not in visited:
                visited.add(p)
                parent[p] = (x, y)
                nxt.append(p)
    frontier = nxt
path = [goal]
while path[-1] != start:
    path.append(parent[path[-1]])
print(path[::-1], len(path) - 1)
print(len(visited), sorted(visited)[:5], goal in visited, (2, 2) in walls)
for y in range(height):
    print("".join("#" if (x, y) in walls else "*" if (x, y) in path else "." for x in range(width)))
unreached = {(x, y) for x in range(width) for y in range(height)} - visited - walls
print(sorted(unreached))
ids = set(range(0, 1000, 3))
print(len(ids), 999 in ids, 998 in ids, sum(1 for i in range(1000) if i in ids), min(ids), max(ids))
state = {"pos": (0, 0), "keys": []}
visited.add(state["pos"])
visited.add(tuple(state["keys"]))
print(len(visited))
