# Subtle exception rules: the except variable is unbound after the block, bare raise, exceptions
# raised inside finally or except, and what str()/repr() of builtin exceptions look like.

try:
    int("nope")
except ValueError as err:
    message = str(err)
print("kept:", message)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
print(str(ValueError()), repr(ValueError("x", 2)), str(IndexError("idx")), repr(TypeError("t")))
print(ZeroDivisionError("custom").args, Exception("a", "b").args, RuntimeError().args)


def handler_raises():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("translated")


try:
    handler_raises()
except ValueError as e:
    print("outer got", repr(e))


def finally_raises():
    try:
        raise KeyError("lost")
    finally:
        raise RuntimeError("from finally")


try:
    finally_raises()
except RuntimeError as e:
    print("finally exception wins:", e)
except KeyError:
    print("never")


def reraise_after_cleanup():
    try:
        [1][5]
    except IndexError:
        print("  cleanup")
        raise


try:
    reraise_after_cleanup()
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)


class AppError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail


e = AppError(404, "not found")
print(e.args, str(e), repr(e), e.code)


class Quiet(Exception):
    def __str__(self):
        return f"quiet<{len(self.args)}>"


print(str(Quiet(1, 2)), repr(Quiet("x")), f"{Quiet()}")
for exc_type in (ArithmeticError, LookupError, Exception):
    try:
        1 // 0
    except exc_type as e:
        print(exc_type.__name__, "caught", type(e).__name__)
        break
    except ZeroDivisionError:
        print("unreachable")
