# Word frequencies over a paragraph: get, setdefault, items, sorting by count.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def words_of(text):
    out = []
    for raw in text.split():
        w = raw.strip(",.;:!?").lower()
        if w:
            out.append(w)
    return out


words = words_of(TEXT)
print(len(words), "words")
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), "distinct")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<12}{n:>3} {'#' * n}")

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

first_seen = {}
for i, w in enumerate(words):
    if w not in first_seen:
        first_seen[w] = i
print(list(first_seen.items())[:5])
bigrams = {}
for a, b in zip(words, words[1:]):
    key = (a, b)
    bigrams[key] = bigrams.get(key, 0) + 1
common = [k for k, v in bigrams.items() if v >= 3]
print(common)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print("the" in counts, "zebra" in counts, counts.get("zebra"), counts.get("zebra", 0))
