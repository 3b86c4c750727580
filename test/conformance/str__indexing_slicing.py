# Indexing and slicing strings, including negative steps and out-of-range bounds.

s = "Corral runs Python"
print(s[0], s[-1], s[7], s[-6])
print(s[:6], s[7:11], s[12:], s[-6:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[10:2:-2], s[-1:-8:-1])
print(repr(s[100:]), repr(s[5:2]), s[-100:3], s[:100] == s)
print(len(s), len(""), len("héllo"), len("日本語"))
print("日本語テキスト"[2:5], "héllo"[1], "héllo"[::-1])

word = "mississippi"
positions = [i for i, ch in enumerate(word) if ch == "s"]
print(positions)
print([word[i:i + 3] for i in range(0, len(word), 3)])


def rotate(text, k):
    if not text:
        return text
    k %= len(text)
    return text[k:] + text[:k]


for k in (0, 1, 3, -2, 25):
    print(k, rotate("abcdef", k))


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(ord("A"), ord("é"), chr(97), chr(8364), [ord(c) for c in "Hi!"])
print("abc" < "abd", "Z" < "a", "apple" < "apples", "" < "a", sorted(["b", "B", "a", "A", "_"]))
for i, ch in enumerate("tri"):
    print(i, ch, ch * (i + 1))
