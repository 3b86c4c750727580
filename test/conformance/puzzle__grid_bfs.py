# Shortest paths on a grid maze with breadth-first search, and path reconstruction.

MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "#.#...#...",
    "..#.#.##.#",
    ".##.#....E",
]


def find(grid, ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c != -1:
            return r, c
    return None


def bfs(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    queue = [start]
    head = 0
    prev = {start: None}
    while head < len(queue):
        r, c = queue[head]
        head += 1
        if (r, c) == goal:
            break
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = (r, c)
                queue.append((nr, nc))
    if goal not in prev:
        return None, len(prev)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


start, goal = find(MAZE, "S"), find(MAZE, "E")
print("start", start, "goal", goal)
path, explored = bfs(MAZE, start, goal)
print("steps:", len(path) - 1, "explored:", explored)
print(path)
on_path = set(path)
for r, row in enumerate(MAZE):
    print("".join("*" if (r, c) in on_path and ch == "." else ch for c, ch in enumerate(row)))

blocked = [row.replace(".", "#", 1) if i == 0 else row for i, row in enumerate(MAZE)]
blocked[1] = "###.####.."
path2, explored2 = bfs(blocked, start, goal)
print("blocked maze:", path2, "explored", explored2)
