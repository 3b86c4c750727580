# Implicit exception context: errors raised in handlers and finally blocks, the __context__ chain
# walked by hand, suppression with from None, and context cycles broken by re-raising.
def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)


def convert(raw):
    try:
        return int(raw)
    except ValueError as e:
        try:
            return float(raw)
        except ValueError:
            raise TypeError(f"cannot convert {raw!r}")


def with_cleanup():
    try:
        raise KeyError("primary")
    finally:
        cleanup_failed = True
        if cleanup_failed:
            raise RuntimeError("cleanup failed")


def explicit():
    try:
        {}["k"]
    except KeyError as err:
        raise LookupError("wrapped") from err


def hidden():
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None


for fn in [lambda: convert("4.5"), lambda: convert("abc"), with_cleanup, explicit, hidden]:
    try:
        print("ok", fn())
    except Exception as e:
        print(chain(e))

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as final:
    print("re-raised:", repr(final), "context:", repr(final.__context__), final.__context__.__context__ is None)

err = None
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print(repr(err), err.__context__, err.__cause__)
e2 = ValueError("manual")
e2.__cause__ = KeyError("set by hand")
print(chain(e2), e2.__suppress_context__)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print("with_traceback:", e)
convert("?")
