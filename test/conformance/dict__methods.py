# Dict API tour on a configuration object: update, pop, merge, views, ordering.

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
overrides = {"port": 9090, "debug": True, "timeout": 30}

config = dict(defaults)
config.update(overrides)
print(config)
print(defaults | overrides == config, {**defaults, **overrides} == config)
merged = defaults.copy()
merged |= {"workers": 8}
print(merged)

print(list(config.keys()), list(config.values()))
print(list(config.items())[:2])
print(config.pop("timeout"), config.pop("missing", "n/a"), len(config))
print(config.setdefault("retries", 3), config.setdefault("port", 1))
print(config.popitem(), config)
del config["debug"]
print(config, "debug" in config)

# Reinserting a key after deletion moves it to the end; updating keeps position.
config["debug"] = True
config["host"] = "0.0.0.0"
print(list(config))

print(dict.fromkeys(["a", "b", "c"], 0), dict.fromkeys("xy"))
print(dict([("k1", 1), ("k2", 2)]), dict(a=1, b=2), dict(zip("abc", range(3))))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", -5: "neg"})

inventory = {"apples": 5, "pears": 0, "plums": 12, "figs": 0}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
for key in list(inventory):
    if inventory[key] == 0:
        del inventory[key]
print(inventory)
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get))
keys = inventory.keys()
inventory["kiwis"] = 7
print(len(keys), "kiwis" in keys)
print({} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"user": {"name": "Ada", "roles": ["admin", "dev"]}}
print(nested["user"]["roles"][-1], nested.get("user", {}).get("email", "none"))
