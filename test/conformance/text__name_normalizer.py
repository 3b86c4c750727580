# Normalises international names and numbers typed by users: casefold for matching, title case
# for display, Unicode digits in numeric input, and stable de-duplication.

RAW = [
    "  MÜLLER, jürgen ",
    "müller, Jürgen",
    "STRASSE, anna",
    "Straße, Anna",
    "ΟΔΥΣΣΕΥΣ, nikos",
    "o'neil, mary-kate",
    "van der BERG, ǆenan",
    "İNCE, ayşe",
]


def split_name(raw):
    last, _, first = raw.strip().partition(",")
    return first.strip(), last.strip()


def display(first, last):
    return f"{first.title()} {last.title()}"


def match_key(first, last):
    return (last.casefold(), first.casefold())


seen = {}
for raw in RAW:
    first, last = split_name(raw)
    key = match_key(first, last)
    shown = display(first, last)
    if key in seen:
        print(f"{shown!r:<26} duplicate of {seen[key]!r}")
    else:
        seen[key] = shown
        print(f"{shown!r:<26} key={key}")
print(len(RAW), "entries,", len(seen), "people")
print(sorted(seen.values(), key=str.casefold))
print("ΟΔΥΣΣΕΥΣ".lower(), "Σ".lower(), "ß".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("ǆ".upper(), "ǆ".title(), "ﬁle".upper(), "ﬁle".title(), "ŉ".upper())

AMOUNTS = ["42", "٤٢", "४२", "１２", " 7 ", "3.5", "١٫٥", "-0"]
for text in AMOUNTS:
    try:
        value = int(text)
        kind = "int"
    except ValueError:
        try:
            value = float(text)
            kind = "float"
        except ValueError:
            value, kind = None, "rejected"
    print(f"{text!r:>8} -> {kind:<8} {value!r}")
print(sum(int(t) for t in AMOUNTS[:5]), "٣".isdigit(), "٣".isdecimal(), "½".isdigit(), "²".isdigit())
