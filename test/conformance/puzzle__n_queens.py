# N-queens by backtracking: counts all solutions and draws the first one for n = 6.


def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row - col)
            diag2.remove(row + col)

    place(0)
    return solutions


def draw(solution):
    n = len(solution)
    for col in solution:
        print(" ".join("Q" if c == col else "." for c in range(n)))


for n in range(1, 9):
    print(f"n={n}: {len(solve(n))} solutions")

six = solve(6)
print("first for n=6:", six[0])
draw(six[0])
print("all for n=6:", six)
eight = solve(8)
print("first three for n=8:", eight[:3])
print("symmetric count:", sum(1 for s in eight if s == s[::-1]))
