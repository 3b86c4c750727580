# Matrix helpers on lists of lists: transpose, multiply, rotate, and a shape error at the end.
def shape(m):
    return (len(m), len(m[0]) if m else 0)

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shape mismatch: {shape(a)} x {shape(b)}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(rotate(a))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(a, ident) == a, ident)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
alias = [[0] * 4] * 3
alias[1][2] = 5
print(grid)
print(alias)
print([row[::-1] for row in a], a[::-1], [r[1:] for r in b])
flat = [v for row in b for v in row]
print(flat, flat[::3], flat[-1::-2], sum(flat), max(flat), flat.index(11))
power = ident
for _ in range(3):
    power = matmul(power, [[1, 1, 0], [0, 1, 1], [0, 0, 1]])
show(power)
print(matmul(a, a))
