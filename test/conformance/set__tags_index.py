# A tag index: posts per tag as sets, queries with and/or/not, Jaccard similarity, sorted output.
posts = {
    1: {"python", "tips"},
    2: {"python", "async", "web"},
    3: {"web", "css"},
    4: {"python", "web", "tips"},
    5: set(),
}
index = {}
for pid, tags in posts.items():
    for t in tags:
        index.setdefault(t, set()).add(pid)
for tag in sorted(index):
    print(f"{tag:<7} {sorted(index[tag])}")
print(sorted(index["python"] & index["web"]), sorted(index["python"] | index["css"]), sorted(index["web"] - index["python"]))
everything = set(posts)
untagged = everything - set().union(*index.values())
print(untagged, sorted(everything - index["python"]))

def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)

pairs = [(a, b) for a in posts for b in posts if a < b]
scores = sorted(((round(jaccard(posts[a], posts[b]), 3), a, b) for a, b in pairs), reverse=True)
print(scores[:4])
common = set.intersection(*(posts[p] for p in (1, 4)))
print(sorted(common), sorted(set.union(*posts.values())) == sorted(index))
print({len(t) for t in posts.values()}, {pid for pid, t in posts.items() if "tips" in t})
counts = {t: len(p) for t, p in index.items()}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
frozen = frozenset(posts[4])
print(frozen >= posts[1], frozen > posts[4], frozen.issuperset({"web"}), len(frozen | {"new"}))
