# A str subclass for slash-separated paths: methods returning the subclass on purpose, builtin
# str methods returning plain str, formatting, concatenation, and use as dict keys.
class Path(str):
    sep = "/"

    def __new__(cls, *parts):
        cleaned = [p.strip(cls.sep) for p in parts if p.strip(cls.sep)]
        return super().__new__(cls, cls.sep + cls.sep.join(cleaned))

    @property
    def name(self):
        return self.rsplit(self.sep, 1)[-1]

    @property
    def parent(self):
        head = self.rsplit(self.sep, 1)[0]
        return Path(head)

    def __truediv__(self, other):
        return Path(self, other)

    def depth(self):
        return self.count(self.sep) if self != self.sep else 0


root = Path()
docs = root / "home" / "ann" / "docs"
report = docs / "report.txt"
print(root, docs, report, repr(report), report.name, report.parent, report.parent.parent)
print(type(report).__name__, type(report.upper()).__name__, type(report + "!").__name__, type(report / "x").__name__)
print(report.depth(), root.depth(), len(report), report.startswith(str(docs)), report.endswith(".txt"))
print(f"[{report.name:>12}]", f"{docs!r}", "%s|%r" % (docs, docs.name), report.split("/")[1:])
sizes = {docs: 3, report: 1200}
print(sizes["/home/ann/docs"], "/home/ann/docs/report.txt" in sizes, sorted(sizes), report == "/home/ann/docs/report.txt")
print(report.replace("ann", "bob"), "-".join([docs.name, report.name]), report[1:5], list(root))
print(Path("a", "", "/b/", "c"), Path("/x//"), sorted([Path("b"), Path("a", "z"), Path("a")]))
