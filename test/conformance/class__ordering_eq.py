# Rich comparisons on a version class so sorting, min/max and equality behave naturally.


class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        while len(self.parts) < 3:
            self.parts += (0,)
        self.pre = pre

    def key(self):
        # A pre-release sorts before the release: "1.0.0-rc1" < "1.0.0".
        return self.parts + ((0, self.pre) if self.pre else (1, ""),)

    def __eq__(self, other):
        return isinstance(other, Version) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __ge__(self, other):
        return self.key() >= other.key()

    def __hash__(self):
        return hash(self.key())

    def __str__(self):
        base = ".".join(str(p) for p in self.parts)
        return f"{base}-{self.pre}" if self.pre else base

    def __repr__(self):
        return f"Version('{self}')"


texts = ["1.10", "1.2.3", "1.2", "2.0.0-beta", "2.0.0", "1.2.10", "2.0.0-alpha", "0.9.9"]
versions = [Version(t) for t in texts]
print(sorted(versions))
print(min(versions), max(versions))
print(Version("1.2") == Version("1.2.0"), Version("1.2") != Version("1.2.1"))
print(Version("2.0.0-rc1") < Version("2.0.0"), Version("1.10") > Version("1.9"))
print(Version("3.1") >= Version("3.1.0"), Version("3.1") <= Version("3.0"))
unique = {Version("1.0"): "a", Version("1.0.0"): "b"}
print(len(unique), list(unique.values()))


def newest_compatible(available, required):
    major = required.parts[0]
    ok = [v for v in available if v.parts[0] == major and v >= required and not v.pre]
    return max(ok) if ok else None


print(newest_compatible(versions, Version("1.2")))
print(newest_compatible(versions, Version("2.0")))
print(newest_compatible(versions, Version("3.0")))
print(Version("1.0") == "1.0", Version("1.0") in versions, Version("1.2.0") in versions)
