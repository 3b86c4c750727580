# An inverted index over short documents: dict of dicts, sorted outputs, counts and lookups.
docs = {
    "d1": "the cat sat on the mat",
    "d2": "the dog sat on the log",
    "d3": "cats and dogs",
    "d4": "the mat and the log",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)
for word in sorted(index)[:6]:
    print(f"{word:<5} {index[word]}")
df = {w: len(p) for w, p in index.items()}
print(sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

def search(*words):
    sets = [set(index.get(w, {})) for w in words]
    hits = set.intersection(*sets) if sets else set()
    return sorted(hits)

print(search("the", "sat"), search("mat"), search("and", "the"), search("zebra"), search("the", "zebra"))
tf = {d: {} for d in docs}
for w, postings in index.items():
    for d, positions in postings.items():
        tf[d][w] = len(positions)
print(tf["d1"], max(tf["d4"], key=tf["d4"].get))
vocab = sorted(index)
vectors = {d: [tf[d].get(w, 0) for w in vocab] for d in docs}
print(vocab)
print(vectors["d2"], sum(vectors["d2"]), len(vocab))
sims = {}
for a in docs:
    for b in docs:
        if a < b:
            sims[(a, b)] = sum(x * y for x, y in zip(vectors[a], vectors[b]))
print(sims, max(sims, key=sims.get))
