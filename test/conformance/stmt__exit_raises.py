# An __exit__ that raises replaces the original exception (which becomes its __context__).


class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    def __enter__(self):
        print(f"begin {self.name}")
        return self.ops

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}: {self.ops}")
            return False
        print(f"rollback {self.name} after {exc_type.__name__}: {exc}")
        if len(self.ops) > 2:
            raise RuntimeError(f"rollback of {self.name} failed with {len(self.ops)} ops")
        return True


with Transaction("t1") as ops:
    ops.append("insert")
    ops.append("update")

with Transaction("t2") as ops:
    ops.append("insert")
    raise ValueError("constraint violated")
print("t2 rolled back quietly")

try:
    with Transaction("t3") as ops:
        ops.extend(["a", "b", "c"])
        raise ValueError("disk full")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))

with Transaction("t4") as ops:
    ops.extend(["x", "y", "z"])
    {}["missing"]
