# Walks a JSON-like document with mapping, sequence and class patterns, collecting a summary.


def walk(node, path="$", out=None):
    if out is None:
        out = []
    match node:
        case None:
            out.append(f"{path}: null")
        case bool(flag):
            out.append(f"{path}: bool {flag}")
        case int(n) if n < 0:
            out.append(f"{path}: negative int {n}")
        case int() | float() as num:
            out.append(f"{path}: number {num!r}")
        case str(s) if len(s) > 12:
            out.append(f"{path}: long text ({len(s)} chars)")
        case str(s):
            out.append(f"{path}: text {s!r}")
        case {"$ref": str(target)}:
            out.append(f"{path}: reference to {target}")
        case {"id": id_, **fields} if fields:
            out.append(f"{path}: object #{id_} with {len(fields)} field(s)")
            for key, value in fields.items():
                walk(value, f"{path}.{key}", out)
        case dict() as d if not d:
            out.append(f"{path}: empty object")
        case dict(d):
            for key, value in d.items():
                walk(value, f"{path}.{key}", out)
        case []:
            out.append(f"{path}: empty array")
        case [single]:
            out.append(f"{path}: array of one")
            walk(single, f"{path}[0]", out)
        case [first, *others]:
            out.append(f"{path}: array of {1 + len(others)}")
            for i, item in enumerate([first, *others]):
                walk(item, f"{path}[{i}]", out)
        case _:
            out.append(f"{path}: unexpected {type(node).__name__}")
    return out


document = {
    "id": 7,
    "name": "inventory",
    "active": True,
    "owner": {"$ref": "users/3"},
    "tags": ["a", "b"],
    "bins": [{"id": 1, "qty": 4, "note": "a fairly long description"}, {"id": 2}],
    "meta": {},
    "extra": [None],
    "delta": -3,
    "ratio": 0.25,
    "shape": (1, 2, 3),
    "blob": b"raw",
}
for line in walk(document):
    print(line)
print(walk([]), walk({"id": 1}), walk(("x",)))
