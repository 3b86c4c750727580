# try/except/else/finally control flow: return, break and continue inside finally, else clauses,
# handler variable unbinding, nested handlers and re-raising.
def parse_all(values):
    out = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            out.append(f"bad:{v}")
            continue
        except TypeError:
            out.append("none")
            break
        else:
            out.append(n * 2)
        finally:
            out.append("|")
    return out


print(parse_all(["1", "x", "3", None, "5"]))


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    for _ in range(3):
        try:
            raise KeyError("lost")
        finally:
            break
    return "swallowed"


def continue_in_finally():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen


print(finally_wins(), swallow(), continue_in_finally())


def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("boom")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer except {e}")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log


print(cleanup_order())
err = "before"
try:
    1 / 0
except ZeroDivisionError as err:
    print("handled", type(err).__name__)
try:
    print(err)
except NameError as e:
    print("unbound after handler:", e)


def reraiser(kind):
    try:
        {"k": 1}[kind]
    except KeyError:
        print("  logging and re-raising")
        raise


for kind in ["k", "z"]:
    try:
        reraiser(kind)
        print(kind, "found")
    except LookupError as e:
        print(kind, "lookup error:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def nested_context():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        return f"{e!r} context={e.__context__!r} cause={e.__cause__!r}"


print(nested_context())
try:
    int("x")
except ValueError:
    raise ArithmeticError("while handling")
