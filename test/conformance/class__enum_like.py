# Enum-like constants built from an int subclass and a str subclass, with class-level registry,
# __init_subclass__ validation, and comparisons that still behave like the base values.
class Level(int):
    names = {}

    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.label = name
        cls.names[value] = obj
        return obj

    def __repr__(self):
        return f"<Level.{self.label}: {int(self)}>"

    def __str__(self):
        return self.label

    @classmethod
    def parse(cls, text):
        for lvl in cls.names.values():
            if lvl.label == text.upper():
                return lvl
        raise ValueError(f"unknown level {text!r}")


DEBUG = Level(10, "DEBUG")
INFO = Level(20, "INFO")
ERROR = Level(40, "ERROR")
print(DEBUG, repr(INFO), INFO + 5, INFO > DEBUG, ERROR == 40, sorted([ERROR, DEBUG, INFO]))
print(Level.parse("info") is INFO, [str(l) for l in Level.names.values()], max(Level.names.values()))
print(f"{ERROR}|{ERROR:>6}|{int(ERROR):03d}", isinstance(ERROR, int), type(ERROR).__name__)
threshold = INFO
messages = [(DEBUG, "cache miss"), (ERROR, "db down"), (INFO, "started")]
for lvl, msg in messages:
    if lvl >= threshold:
        print(f"[{lvl}] {msg}")


class Color(str):
    def __new__(cls, value):
        if not value.startswith("#") or len(value) != 7:
            raise ValueError(f"bad color {value!r}")
        return super().__new__(cls, value.lower())

    @property
    def rgb(self):
        return tuple(int(self[i:i + 2], 16) for i in (1, 3, 5))


red = Color("#FF0000")
print(red, repr(red), red.rgb, red.upper(), red == "#ff0000", len(red), red.startswith("#ff"))
palette = {Color("#00FF00"): "green", red: "red"}
print(palette["#ff0000"], sorted(palette.values()), "#00ff00" in palette)
