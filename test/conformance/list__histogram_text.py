# A text histogram of word lengths and letter frequencies using lists indexed by value.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
lengths = [0] * (max(len(w) for w in words) + 1)
for w in words:
    lengths[len(w)] += 1
for n, c in enumerate(lengths):
    if c:
        print(f"{n:2d} {'*' * c} {c}")
letters = [0] * 26
for ch in text.lower():
    if "a" <= ch <= "z":
        letters[ord(ch) - ord("a")] += 1
top = sorted(range(26), key=lambda i: (-letters[i], i))[:5]
print([(chr(ord("a") + i), letters[i]) for i in top])
scale = max(letters) / 20
for i in top:
    print(chr(ord("a") + i), "#" * round(letters[i] / scale))
print(sum(letters), letters.count(0), [chr(97 + i) for i, c in enumerate(letters) if c == 0])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:6])
print(len(words), len(freq), round(len(freq) / len(words), 3))
