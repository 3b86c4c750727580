# The TypeErrors (and a ValueError) a bad call produces, message for message, caught and printed by a test helper.


def area(width, height, *, unit="m"):
    return f"{width * height}{unit}2"


def greet(name, /, greeting="hi"):
    return f"{greeting} {name}"


def variadic(*args, **kwargs):
    return len(args), sorted(kwargs)


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def scale(self, factor):
        return self.sides * factor


def attempt(label, fn):
    try:
        print(f"{label}: ok {fn()!r}")
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("ok", lambda: area(2, 3))
attempt("missing one", lambda: area(2))
attempt("missing two", lambda: area())
attempt("too many", lambda: area(1, 2, 3))
attempt("unexpected kw", lambda: area(1, 2, colour="red"))
attempt("multiple values", lambda: area(1, 2, width=3))
attempt("kw-only positional", lambda: area(1, 2, "cm"))
attempt("pos-only by name", lambda: greet(name="x"))
attempt("pos-only ok", lambda: greet("x", greeting="yo"))
attempt("variadic", lambda: variadic(1, 2, b=1, a=2))
attempt("init missing", lambda: Shape())
attempt("init too many", lambda: Shape(1, 2))
attempt("method missing", lambda: Shape(3).scale())
attempt("method too many", lambda: Shape(3).scale(1, 2))
attempt("lambda args", lambda: (lambda x: x)())
attempt("builtin len", lambda: len(5))
attempt("builtin abs", lambda: abs("x"))
attempt("int of list", lambda: int([1]))
attempt("sorted mixed", lambda: sorted([3, None, 1]))
attempt("str + list", lambda: "a" + [1])
attempt("list + tuple", lambda: [1] + (2,))
attempt("dict key list", lambda: {}[[1]])
attempt("iter int", lambda: list(7))
attempt("unpack int", lambda: [*5])
attempt("kwargs not mapping", lambda: variadic(**[1]))
attempt("star not iterable", lambda: variadic(*3))
attempt("neg shift", lambda: 1 << -1)
index = 1.0
attempt("str index float", lambda: "abc"[index])
attempt("round str", lambda: round("1.5"))
attempt("min of int", lambda: min(3))
