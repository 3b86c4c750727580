# Walking a grid with nested ranges: spiral order, diagonals, and stepping backwards.
rows, cols = 4, 5
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))

def spiral(g):
    out = []
    top, bottom, left, right = 0, len(g) - 1, 0, len(g[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(g[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(g[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                out.append(g[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(g[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out

print(spiral(grid))
print([grid[i][i] for i in range(min(rows, cols))], [grid[i][cols - 1 - i] for i in range(rows)])
print([grid[r][c] for r in range(rows - 1, -1, -2) for c in range(0, cols, 2)])
neighbours = {}
for r in range(rows):
    for c in range(cols):
        n = [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
             if (dr or dc) and r + dr in range(rows) and c + dc in range(cols)]
        neighbours[(r, c)] = len(n)
print(neighbours[(0, 0)], neighbours[(1, 1)], neighbours[(3, 4)], sum(neighbours.values()))
diag_sums = {}
for r in range(rows):
    for c in range(cols):
        diag_sums[r + c] = diag_sums.get(r + c, 0) + grid[r][c]
print(diag_sums)
print(list(zip(range(3), range(10, 0, -4))), list(enumerate(range(3, 0, -1))))
