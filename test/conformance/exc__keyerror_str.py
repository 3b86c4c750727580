# How exceptions print: str, repr and args for 0, 1 and many arguments, KeyError's quoting.
samples = [
    Exception(),
    Exception("disk full"),
    Exception("code", 42),
    ValueError(""),
    KeyError("sku-17"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(("tuple", "key")),
    IndexError(3),
    ZeroDivisionError("division by zero"),
    OSError("disk", "No such file"),
    StopIteration(5),
]
for e in samples:
    print(f"{type(e).__name__:18} str={str(e)!r:32} repr={e!r} args={e.args}")

prices = {"apple": 1.25, "pear": 0.8}
for item in ["apple", "kiwi", ("a", 1), 3]:
    try:
        print(item, prices[item])
    except KeyError as e:
        print("missing:", e, "|", repr(e), "|", e.args[0])


class Detailed(Exception):
    def __init__(self, code, detail=None):
        super().__init__(code)
        self.code = code
        self.detail = detail


class Quiet(Exception):
    def __init__(self):
        pass


d = Detailed(404, "not found")
print(d, repr(d), d.args, d.code, d.detail)
q = Quiet()
print(repr(q), str(q) == "", q.args)
e = OSError(5, "I/O failed")
print(e.errno, e.strerror, FileNotFoundError.__name__, issubclass(FileNotFoundError, OSError))
e = ValueError("x")
e.args = ("replaced", 1)
print(e.args, str(e))
print(StopIteration(5).value, StopIteration().value)
err = ValueError("bad")
err.note = "extra"
print(err.note, err.args)
