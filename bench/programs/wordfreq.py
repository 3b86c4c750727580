# Benchmark: word frequencies over generated text (str split/join, dict get/update, sorting).

VOCAB = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
         "exercitation ullamco laboris nisi aliquip ex ea commodo consequat corral python "
         "sandbox isolate budget guard runtime parser").split()


def generate(n_words, seed):
    # Park-Miller minimal standard generator: products stay below 2**53, so JS can match it.
    words = []
    for _ in range(n_words):
        seed = seed * 16807 % 2147483647
        w = VOCAB[seed % len(VOCAB)]
        if seed % 11 == 0:
            w = w + str(seed % 97)
        words.append(w)
    return " ".join(words)


def count(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


text = generate(500000, 42)
counts = count(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
weighted = 0
for w, n in counts.items():
    weighted += len(w) * n
print("wordfreq", len(text), len(counts), weighted, " ".join(f"{w}:{n}" for w, n in top))
