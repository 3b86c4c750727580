# Strings are sequences of code points: emoji and astral characters in len, indexing, find,
# slicing, ordering and padding, as a chat-message formatter meets them.

messages = [
    ("ana", "hi 👋 there"),
    ("bo", "𝒳 marks the spot"),
    ("cy", "naïve café ☕"),
    ("di", "🙂🙂🙂"),
    ("ed", "plain ascii"),
]
for user, text in messages:
    print(f"{user:<3}|{text:<18}|{len(text):>3} {text[0]!r} {text[-1]!r} {text[3:6]!r}")

s = "a🙂b𝒳c"
print(len(s), s[1], s[3], s[::-1], s[1:4], s.find("b"), s.index("c"), s.rfind("𝒳"))
print(list(s), [ord(c) for c in s], "".join(reversed(s)) == s[::-1])
print(s.upper(), s.replace("🙂", ":)"), s.split("b"), s.count("🙂"), "🙂" in s)
print(s.center(9, "*"), s.ljust(7, ".") + "|", f"{s:^9}|", f"{'🙂':>3}|", "%-4s|" % "🙂")

words = ["\uffff", "🙂", "z", "Ω", "𝒳", "é", "E", "~"]
print(sorted(words))
print(max(words), min(words), "🙂" > "\uffff", "𝒳" < "🙂", "a🙂" < "a\uffff")
print(sorted(words, key=ord) == sorted(words), [hex(ord(w)) for w in sorted(words)])
print(chr(0x1F600), len(chr(0x10FFFF)), ord(max(chr(0x10FFFF), "🙂")) == 0x10FFFF)


def truncate(text, width):
    return text if len(text) <= width else text[: width - 1] + "…"


for _, text in messages:
    print(repr(truncate(text, 8)))
counts = {}
for _, text in messages:
    for ch in text:
        if ord(ch) > 0xFFFF:
            counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([i for i, ch in enumerate("x🙂y🙂") if ch == "🙂"], "🙂y🙂".partition("y"), "👋".join(["a", "b"]))
