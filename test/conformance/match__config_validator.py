# Validates configuration entries; each rule is a case, errors are collected, then raised.


class ConfigError(Exception):
    pass


def check(entry):
    match entry:
        case {"name": str(name), "port": int(port)} if not 0 < port < 65536:
            return f"{name}: port {port} out of range"
        case {"name": str(), "port": int(), "hosts": [str(), *_] as hosts} if len(set(hosts)) != len(hosts):
            return f"{entry['name']}: duplicate hosts"
        case {"name": str(), "port": int(), "hosts": [str(), *rest]} if all(isinstance(h, str) for h in rest):
            return None
        case {"name": str(), "port": int(), "hosts": []}:
            return f"{entry['name']}: no hosts"
        case {"name": str(), "port": int(), "hosts": _}:
            return f"{entry['name']}: hosts must be a list of strings"
        case {"name": str(name), "port": port}:
            return f"{name}: port must be an int, got {type(port).__name__}"
        case {"name": str(name)}:
            return f"{name}: missing port"
        case {"name": other}:
            return f"name must be a string, got {other!r}"
        case _:
            return f"not a config entry: {entry!r}"


entries = [
    {"name": "web", "port": 8080, "hosts": ["a", "b"]},
    {"name": "db", "port": 70000, "hosts": ["x"]},
    {"name": "cache", "port": 6379, "hosts": ["c1", "c1"]},
    {"name": "queue", "port": 5672, "hosts": []},
    {"name": "mail", "port": 25, "hosts": "smtp"},
    {"name": "mixed", "port": 1, "hosts": ["ok", 3]},
    {"name": "dns", "port": "53"},
    {"name": "ntp"},
    {"name": 5},
    ["not", "a", "dict"],
]
problems = []
for e in entries:
    msg = check(e)
    print("ok" if msg is None else msg)
    if msg:
        problems.append(msg)
print(f"{len(problems)} problem(s)")
if problems:
    raise ConfigError("; ".join(problems[:3]))
