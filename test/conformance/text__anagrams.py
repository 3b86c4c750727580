# Groups words into anagram families and finds the largest families and palindromic pairs.

WORDS = """listen silent enlist inlets tinsel google banana stone tones notes onset
seton stressed desserts evil vile live veil levi drawer reward rat tar art
night thing below elbow state taste heart earth hater loop pool polo""".split()


def signature(word):
    return "".join(sorted(word))


families = {}
for w in WORDS:
    families.setdefault(signature(w), []).append(w)

multi = {sig: ws for sig, ws in families.items() if len(ws) > 1}
print(len(WORDS), "words,", len(families), "signatures,", len(multi), "families")
for sig, ws in sorted(multi.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{sig:<10} {len(ws)}  {' '.join(sorted(ws))}")

singles = sorted(ws[0] for ws in families.values() if len(ws) == 1)
print("no anagram:", singles)
reversed_pairs = sorted({tuple(sorted((w, w[::-1]))) for w in WORDS if w[::-1] in WORDS and w != w[::-1]})
print("reversal pairs:", reversed_pairs)


def letter_histogram(words):
    counts = {}
    for w in words:
        for ch in w:
            counts[ch] = counts.get(ch, 0) + 1
    return counts


hist = letter_histogram(WORDS)
for ch, n in sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(ch, "#" * (n // 2), n)
vowels = sum(hist.get(v, 0) for v in "aeiou")
print(f"vowel share {vowels / sum(hist.values()):.3f}")
