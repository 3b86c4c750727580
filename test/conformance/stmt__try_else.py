# try/except/else/finally ordering, exception variables unbound after the handler, re-raising.

steps = []


def attempt(x):
    try:
        steps.append(f"try {x}")
        result = 10 // x
    except ZeroDivisionError as err:
        steps.append(f"except {err}")
        result = None
    except TypeError:
        steps.append("type error")
        raise
    else:
        steps.append(f"else {result}")
    finally:
        steps.append("finally")
    return result


for x in [5, 0]:
    print(attempt(x), steps)
    steps.clear()
try:
    attempt("2")
except TypeError as e:
    print("re-raised:", e, steps)

try:
    raise KeyError("gone")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)


def handler_order(exc):
    try:
        raise exc
    except (ValueError, KeyError) as e:
        return f"value-or-key: {type(e).__name__}"
    except LookupError as e:
        return f"lookup: {type(e).__name__}"
    except Exception as e:
        return f"generic: {type(e).__name__}"


for exc in [ValueError(), KeyError(), IndexError(), RuntimeError()]:
    print(handler_order(exc))

try:
    try:
        {}["a"]
    except KeyError:
        [][1]
except IndexError as e:
    print("context:", repr(e.__context__))

try:
    int("x")
except ValueError:
    raise RuntimeError("conversion failed")
