# Conway's Game of Life on a small wrapping board: a glider and a blinker over a few generations.


def parse(picture):
    return [[ch == "#" for ch in row] for row in picture.strip().splitlines()]


def neighbours(board, r, c):
    rows, cols = len(board), len(board[0])
    n = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                n += board[(r + dr) % rows][(c + dc) % cols]
    return n


def step(board):
    new = []
    for r, row in enumerate(board):
        new_row = []
        for c, alive in enumerate(row):
            n = neighbours(board, r, c)
            new_row.append(n == 3 or (alive and n == 2))
        new.append(new_row)
    return new


def show(board):
    return "\n".join("".join("#" if x else "." for x in row) for row in board)


board = parse("""
.#......
..#.....
###.....
........
.....###
........
""")
for gen in range(5):
    population = sum(sum(row) for row in board)
    print(f"generation {gen}, population {population}")
    print(show(board))
    board = step(board)

history = []
b = parse("""
.....
..#..
..#..
..#..
.....
""")
for _ in range(4):
    history.append(show(b))
    b = step(b)
print("blinker period 2:", history[0] == history[2] and history[1] == history[3] and history[0] != history[1])
