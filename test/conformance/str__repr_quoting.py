# How strings and containers of strings print: repr quoting, escapes and unicode.

samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "new\nline",
    "back\\slash",
    "nul\x00byte",
    "bell\x07",
    "\x7f delete",
    "café",
    "naïve résumé",
    "日本",
    "emoji 🙂",
    "zero\u200bwidth",
    "",
]
for s in samples:
    print(len(s), repr(s))
print(samples[:4])
print({"key's": ["v\"1", "v'2"]}, ("a",), ("a", 'b"'))
print(str(["x"]), repr(repr("x")), f"{'q'!r:>6}|")
print("%r and %s" % ("it's", "it's"))

labels = {"name": "O'Brien", "title": 'The "Boss"', "note": "line1\nline2"}
for key, value in labels.items():
    print(f"{key}={value!r}")
shown = ", ".join(f"{k}={v!r}" for k, v in labels.items())
print("Record(" + shown + ")")
print(ord("🙂"), len("🙂"), "🙂"[0] == "🙂", "a🙂b"[1:], "a🙂b"[::-1])
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower(), "ﬁ".upper())
print(sorted(["é", "e", "f", "E", "z", "É"]))
print("x".join("äöü"), "ü" in "Müller", "Müller".find("l"))
print(chr(0x1F600), hex(ord("€")), "\u20ac", "\x41\x42", len("\U0001F600"))
