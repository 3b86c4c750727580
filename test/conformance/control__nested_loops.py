# Nested loops with break/continue flags: a seating planner and pattern printing.

rows = ["XX.XX", "X...X", ".....", "XX.X.", "....."]


def find_block(rows, size):
    for r, row in enumerate(rows):
        run = 0
        for c, seat in enumerate(row):
            if seat == ".":
                run += 1
                if run == size:
                    return r, c - size + 1
            else:
                run = 0
    return None


for size in range(1, 7):
    print(size, find_block(rows, size))

free_by_row = []
for row in rows:
    count = 0
    for seat in row:
        if seat == "X":
            continue
        count += 1
    free_by_row.append(count)
print(free_by_row, sum(free_by_row))

for n in range(1, 6):
    print(" " * (5 - n) + "*" * (2 * n - 1))

for i in range(1, 4):
    line = []
    for j in range(1, 4):
        if i == j:
            line.append("\\")
            continue
        line.append("." if i < j else "#")
    print("".join(line))

found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triangle with perimeter 24:", found)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if (i + j) % 3 == 0:
            count += 1
        j += 1
    i += 1
print("cells with (i+j)%3==0:", count)
