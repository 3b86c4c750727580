# Literal patterns: numbers compare with ==, None/True/False by identity; strings never match sequences.


def classify(v):
    match v:
        case True:
            return "True (identity)"
        case False:
            return "False (identity)"
        case None:
            return "None"
        case 0:
            return "zero (==)"
        case 1:
            return "one (==)"
        case -1 | -2.5:
            return "negative literal"
        case 0.5:
            return "half"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "raw bytes"
        case [_, _]:
            return "pair"
        case (x,):
            return f"single {x!r}"
        case str() | bytes():
            return "some text"
        case _:
            return "other"


values = [True, False, None, 0, 0.0, 1, 1.0, -1, -2.5, 0.5, "", "yes", "y", b"raw",
          "ab", b"ab", [1, 2], (3, 4), ["only"], ("t",), range(2), {1, 2}, 2]
for v in values:
    print(f"{v!r:>10} -> {classify(v)}")

counts = {}
for v in [1, True, 1.0, 0, False, None]:
    key = classify(v)
    counts[key] = counts.get(key, 0) + 1
print(counts)
