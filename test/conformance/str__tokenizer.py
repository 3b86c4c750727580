# A hand-written tokenizer for a tiny expression language.


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            raw = text[start:i]
            tokens.append(("NUM", float(raw) if "." in raw else int(raw)))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("NAME", text[start:i]))
            continue
        if text[i:i + 2] in ("**", "==", "!=", "<=", ">="):
            tokens.append(("OP", text[i:i + 2]))
            i += 2
            continue
        if ch in "+-*/()<>=,":
            tokens.append(("OP", ch))
            i += 1
            continue
        if ch == '"':
            end = text.index('"', i + 1)
            tokens.append(("STR", text[i + 1:end]))
            i = end + 1
            continue
        raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


sources = [
    "x = 3 + 4.5 * (y - 2)",
    "total_2 >= 100 ** 2",
    'greet("world", .5)',
    "a!=b",
]
for src in sources:
    toks = tokenize(src)
    print(src)
    print("  ", " ".join(f"{kind}:{value}" for kind, value in toks))
    kinds = {}
    for kind, _ in toks:
        kinds[kind] = kinds.get(kind, 0) + 1
    print("  ", kinds)

try:
    tokenize("1 + $")
except SyntaxError as e:
    print("error:", e)
