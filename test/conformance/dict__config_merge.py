# Layered configuration: defaults | file | env with dict union, nested merge and a bad key type.
defaults = {"host": "localhost", "port": 80, "debug": False, "db": {"name": "app", "pool": 5}}
file_cfg = {"port": 8080, "db": {"pool": 10}}
env_cfg = {"debug": True, "db": {"user": "svc"}}

def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

shallow = defaults | file_cfg | env_cfg
print(shallow)
deep = deep_merge(deep_merge(defaults, file_cfg), env_cfg)
print(deep)
cfg = dict(defaults)
cfg |= {"port": 9090}
cfg.update(host="0.0.0.0", extra=[1, 2])
cfg.update([("timeout", 5)])
print(cfg, len(cfg))
print(defaults == dict(defaults), defaults is not dict(defaults), {"a": 1, "b": 2} == {"b": 2, "a": 1})
flat = {}

def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            flatten(v, key + ".")
        else:
            flat[key] = v

flatten(deep)
print(flat)
print(sorted(flat), list(flat.values())[-2:], dict(sorted(flat.items(), key=lambda kv: str(kv[1]))))
print({k: v for k, v in flat.items() if isinstance(v, int) and not isinstance(v, bool)})
print(dict.fromkeys(["a", "b"], []), {**defaults, "port": 1}["port"], {**{"x": 1}, **{"x": 2}})
print(defaults.get("db", {}).get("pool"), defaults.get("cache", {}).get("size", 64))
lookup = {frozenset(["read", "write"]): "rw", ("read",): "r"}
print(lookup[frozenset(["write", "read"])], lookup[("read",)])
