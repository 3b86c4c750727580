# A config loader: a context manager tracks the section being parsed, assert validates, del prunes.


class Section:
    stack = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Section.stack.append(self.name)
        return "/".join(Section.stack)

    def __exit__(self, exc_type, exc, tb):
        Section.stack.pop()
        if exc_type is AssertionError:
            print(f"  invalid in {self.name}: {exc}")
            return True
        return False


RAW = {
    "server": {"host": "0.0.0.0", "port": 8080, "debug": True, "_comment": "dev box"},
    "db": {"url": "postgres://db", "pool": 0, "_todo": "tune"},
    "cache": {"ttl": 30, "size": 128},
}

loaded = {}
for section, values in RAW.items():
    with Section(section) as path:
        print("loading", path)
        for key in [k for k in values if k.startswith("_")]:
            del values[key]
        if section == "server":
            with Section("port") as sub:
                assert 1 <= values["port"] <= 65535, f"{sub} out of range"
            assert isinstance(values["host"], str)
        if section == "db":
            assert values["pool"] > 0, f"pool must be positive, got {values['pool']}"
        loaded[section] = values
print(sorted(loaded), RAW["server"], Section.stack)

settings = dict(loaded["cache"])
ttl = settings.pop("ttl")
del settings["size"]
print(ttl, settings)

with Section("strict"):
    assert loaded["cache"]["ttl"] < 60
    print("cache ttl ok")
with Section("broken"):
    missing = loaded["db"]
print("unreachable")
