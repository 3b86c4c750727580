# A postfix/prefix expression evaluator over token tuples, using nested sequence patterns.


def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("neg", operand):
            return -evaluate(operand)
        case ("+", *terms) if terms:
            return sum(evaluate(t) for t in terms)
        case ("*", first, *rest):
            result = evaluate(first)
            for t in rest:
                result *= evaluate(t)
            return result
        case ("-", left, right):
            return evaluate(left) - evaluate(right)
        case ("/", _, 0):
            raise ZeroDivisionError("division by literal zero in " + str(expr))
        case ("/", left, right):
            return evaluate(left) / evaluate(right)
        case ("let", str(name), value, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case [op, *args]:
            raise ValueError(f"unknown operator {op!r} with {len(args)} args")
        case other:
            raise TypeError(f"cannot evaluate {other!r}")


def substitute(expr, name, value):
    match expr:
        case str(s) if s == name:
            return value
        case (op, *args):
            return (op, *[substitute(a, name, value) for a in args])
        case _:
            return expr


programs = [
    3,
    ("neg", 4),
    ("+", 1, 2, 3.5),
    ("*", 2, ("+", 1, 1), 5),
    ("-", 10, ("neg", 2)),
    ("/", 7, 2),
    ("let", "x", 5, ("*", "x", "x")),
    ("let", "y", ("+", 1, 2), ("-", "y", ("let", "z", 10, "z"))),
]
for p in programs:
    print(p, "=>", evaluate(p))

for bad in [("%", 1, 2), ("+",), "x"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(evaluate(("/", ("+", 1, 1), 0)))
