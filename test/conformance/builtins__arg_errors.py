# Builtins called with wrong argument counts or types: CPython's exact wording.
cases = [
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([1], [2])),
    ("len(5)", lambda: len(5)),
    ("abs('x')", lambda: abs("x")),
    ("divmod(1)", lambda: divmod(1)),
    ("divmod('a', 2)", lambda: divmod("a", 2)),
    ("sorted(1, 2)", lambda: sorted([1], [2])),
    ("round('a')", lambda: round("a")),
    ("pow('a', 2)", lambda: pow("a", 2)),
    ("iter(5)", lambda: iter(5)),
    ("next([1])", lambda: next([1])),
    ("sum(5)", lambda: sum(5)),
    ("list(1, 2)", lambda: list(1, 2)),
    ("max(key=len)", lambda: max(key=len)),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("int([1])", lambda: int([1])),
    ("float([1])", lambda: float([1])),
    ("chr(1.5)", lambda: chr(1.5)),
    ("ord(5)", lambda: ord(5)),
    ("bin('1')", lambda: bin("1")),
    ("enumerate()", lambda: enumerate()),
    ("zip(5)", lambda: zip(5)),
    ("map(str)", lambda: map(str)),
    ("filter(5, [1]) list", lambda: list(filter(5, [1]))),
    ("reversed(5)", lambda: reversed(5)),
    ("reversed({1})", lambda: reversed({1})),
    ("hash([])", lambda: hash([])),
    ("callable()", lambda: callable()),
    ("repr()", lambda: repr()),
    ("print(sep=5)", lambda: print(sep=5)),
    ("range()", lambda: range()),
    ("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4)),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[] + ()", lambda: [] + ()),
    ("{} | []", lambda: {} | []),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("-[1]", lambda: -[1]),
    ("~1.5", lambda: ~1.5),
    ("None < 1", lambda: None < 1),
]
for label, thunk in cases:
    try:
        thunk()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
