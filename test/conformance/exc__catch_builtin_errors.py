# Catching the builtin exception types a script meets most, with their exact messages.


def attempt(label, fn):
    try:
        result = fn()
        print(f"{label}: ok {result!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


data = {"a": 1}
items = [1, 2, 3]
five = 5
attempt("int('x')", lambda: int("x"))
attempt("int('12.5')", lambda: int("12.5"))
attempt("float('abc')", lambda: float("abc"))
attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("5%0", lambda: 5 % 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("dict key", lambda: data["b"])
attempt("list index", lambda: items[10])
attempt("str index", lambda: "abc"[5])
attempt("tuple index", lambda: (1,)[1])
attempt("pop empty", lambda: [].pop())
attempt("remove", lambda: items.remove(9))
attempt("index", lambda: items.index(9))
attempt("str + int", lambda: "a" + 1)
attempt("int + str", lambda: 1 + "a")
attempt("call int", lambda: five())
attempt("subscript int", lambda: five[0])
attempt("unhashable", lambda: {[1]: 2})
attempt("attr", lambda: (5).nope)
attempt("str attr", lambda: "x".nope)
attempt("none attr", lambda: None.upper())
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("chr", lambda: chr(-1))
attempt("too many args", lambda: len([], []))
attempt("str.index", lambda: "abc".index("z"))
attempt("compare", lambda: [1, "a"].sort() or sorted([1, "a"]))
attempt("name", lambda: undefined_name)
attempt("min empty", lambda: min([]))
attempt("neg repeat", lambda: "ab" * -1)
attempt("int base", lambda: int("9", 8))
attempt("mul str", lambda: "a" * "b")
attempt("set remove", lambda: {1, 2}.remove(3))
