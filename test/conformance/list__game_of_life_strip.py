# A 1-D cellular automaton (rule 30/90/110) on lists with wraparound, printing generations.
def step(cells, rule):
    n = len(cells)
    table = [(rule >> i) & 1 for i in range(8)]
    return [table[(cells[(i - 1) % n] << 2) | (cells[i] << 1) | cells[(i + 1) % n]] for i in range(n)]

def show(cells):
    return "".join("#" if c else "." for c in cells)

for rule in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    history = []
    for _ in range(8):
        history.append(show(cells))
        cells = step(cells, rule)
    print(f"rule {rule}:")
    print("\n".join(history))
    print("alive:", sum(cells), "first:", cells.index(1), "last:", len(cells) - 1 - cells[::-1].index(1))
seen = {}
cells = [0, 1, 1, 0, 1, 0, 0, 1]
for gen in range(40):
    key = tuple(cells)
    if key in seen:
        print("cycle from", seen[key], "to", gen)
        break
    seen[key] = gen
    cells = step(cells, 90)
print(show(cells), cells.count(1))
print(step([1, 0], 256))
