# Word ladder: shortest chain of one-letter changes between words, by BFS over a word list.

WORDS = """cold cord card ward warm word worm wore core care dare date gate game
came come cone bone bond band hand hard herd head heal teal tell toll tall
wall well bell belt bolt boat coat cost most mist mast fast vast vest best""".split()


def neighbours(word, vocabulary):
    out = []
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                candidate = word[:i] + c + word[i + 1:]
                if candidate in vocabulary:
                    out.append(candidate)
    return out


def ladder(start, goal, words):
    vocabulary = set(words)
    if goal not in vocabulary:
        return None
    frontier = [start]
    parent = {start: None}
    while frontier:
        next_frontier = []
        for word in frontier:
            for n in neighbours(word, vocabulary):
                if n not in parent:
                    parent[n] = word
                    if n == goal:
                        path = [n]
                        while parent[path[-1]] is not None:
                            path.append(parent[path[-1]])
                        return path[::-1]
                    next_frontier.append(n)
        frontier = next_frontier
    return None


for start, goal in [("cold", "warm"), ("came", "bone"), ("hand", "heal"), ("cost", "best"),
                    ("bolt", "wall"), ("cold", "zzzz"), ("cold", "cold")]:
    path = ladder(start, goal, WORDS)
    if path is None:
        print(f"{start} -> {goal}: no ladder")
    else:
        print(f"{start} -> {goal}: {len(path) - 1} steps: {' > '.join(path)}")

degree = {w: len(neighbours(w, set(WORDS))) for w in WORDS}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
isolated = sorted(w for w, d in degree.items() if d == 0)
print("isolated:", isolated)
