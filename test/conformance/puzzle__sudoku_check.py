# Validates and solves a 4x4 and a 9x9 sudoku with constraint-guided backtracking.

GRID = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]


def candidates(grid, r, c):
    n = len(grid)
    box = int(n ** 0.5)
    used = set(grid[r]) | {grid[i][c] for i in range(n)}
    br, bc = r - r % box, c - c % box
    used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
    return [v for v in range(1, n + 1) if v not in used]


def solve(grid):
    best = None
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        grid[r][c] = v
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def valid(grid):
    n = len(grid)
    full = set(range(1, n + 1))
    box = int(n ** 0.5)
    rows_ok = all(set(row) == full for row in grid)
    cols_ok = all({grid[r][c] for r in range(n)} == full for c in range(n))
    boxes_ok = all(
        {grid[r][c] for r in range(br, br + box) for c in range(bc, bc + box)} == full
        for br in range(0, n, box) for bc in range(0, n, box)
    )
    return rows_ok, cols_ok, boxes_ok


small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print("4x4 solved:", solve(small))
for row in small:
    print(row)
print("valid:", valid(small))
print("9x9 solved:", solve(GRID))
for row in GRID:
    print(" ".join(map(str, row)))
print("valid:", valid(GRID))
