# Catching by the builtin hierarchy: LookupError, ArithmeticError, OSError family, tuples.
def risky(kind):
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["k"]
    if kind == "zero":
        return 1 // 0
    if kind == "float-zero":
        return 1.0 % 0
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "file":
        raise FileNotFoundError(2, "No such file or directory")
    if kind == "perm":
        raise PermissionError("denied")
    if kind == "type":
        return "a" + 1
    if kind == "attr":
        return None.upper()
    if kind == "notimpl":
        raise NotImplementedError
    return "fine"


kinds = ["index", "key", "zero", "float-zero", "overflow", "file", "perm", "type", "attr", "notimpl", "ok"]
for kind in kinds:
    try:
        result = risky(kind)
    except LookupError as e:
        print(f"{kind:10} lookup     {type(e).__name__}: {e}")
    except ArithmeticError as e:
        print(f"{kind:10} arithmetic {type(e).__name__}: {e}")
    except OSError as e:
        print(f"{kind:10} os         {type(e).__name__}: {e} errno={e.errno}")
    except (TypeError, AttributeError) as e:
        print(f"{kind:10} usage      {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{kind:10} value      {type(e).__name__}: {e}")
    except RuntimeError as e:
        print(f"{kind:10} runtime    {type(e).__name__}: {e!r}")
    else:
        print(f"{kind:10} ok         {result}")
    finally:
        pass

groups = (LookupError, ArithmeticError)
nested = (TypeError, (KeyError, (ZeroDivisionError,)))
for kind in ["key", "zero", "type", "index"]:
    try:
        risky(kind)
    except nested as e:
        print("nested tuple caught", type(e).__name__)
    except groups as e:
        print("group caught", type(e).__name__)

try:
    risky("key")
except Exception as e:
    print(isinstance(e, LookupError), isinstance(e, BaseException), issubclass(KeyError, (ValueError, LookupError)))
try:
    risky("index")
except "IndexError":
    print("unreachable")
