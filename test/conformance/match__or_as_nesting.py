# OR patterns with captures in every alternative, AS bindings, and the binding rules around them.


def parse(tokens):
    match tokens:
        case [("add" | "plus") as op, int(a) | float(a), int(b) | float(b)]:
            return f"{op}: {a + b}"
        case [("neg" | "minus") as op, (int() | float()) as x]:
            return f"{op}: {-x}"
        case [("pair", x, y) | ("swap", y, x)]:
            return f"ordered ({x}, {y})"
        case [{"k": v} | {"key": v}, *rest] as whole:
            return f"keyed {v} + {len(rest)} more of {len(whole)}"
        case [[*inner] as lst] if inner:
            return f"nested list {lst} sum={sum(inner)}"
        case _:
            return "no parse"


for t in [["add", 1, 2.5], ["plus", 3, 4], ["neg", 8], ["minus", 2.5], ["add", "1", 2],
          [("pair", 1, 2)], [("swap", 1, 2)], [{"k": 1}, 2, 3], [{"key": "v"}], [{"other": 1}],
          [[1, 2, 3]], [[]], []]:
    print(t, "->", parse(t))

# After a failed match, earlier bindings keep their old values (nothing is bound).
x = "before"
match [1, 2, 3]:
    case [x, y]:
        print("two")
    case [_, _, _]:
        print("three; x is still", x)

# The guard sees the captured names, and they stay bound even when the guard fails.
match (5, 6):
    case (a, b) if a > b:
        print("descending")
    case _:
        print("guard failed, yet a, b =", a, b)
