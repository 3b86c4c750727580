# Walks nested dict/list structures: flattening keys, deep get, and a pretty printer.

ORDER = {
    "id": "A-1001",
    "customer": {"name": "Ada", "address": {"city": "London", "zip": "N1"}},
    "lines": [
        {"sku": "tea", "qty": 2, "tags": ["food", "hot"]},
        {"sku": "mug", "qty": 1, "tags": []},
    ],
    "paid": True,
    "notes": None,
}


def flatten(value, prefix=""):
    out = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}[{i}]"))
        if not value:
            out[prefix] = []
    else:
        out[prefix] = value
    return out


def deep_get(value, path, default=None):
    for part in path.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return default
    return value


def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [f"{pad}  {k!r}: {pretty(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = [f"{pad}  {pretty(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(inner) + f"\n{pad}]"
    return repr(value)


for key, value in flatten(ORDER).items():
    print(f"{key:<28} {value!r}")
for path in ["customer.address.city", "lines.1.sku", "lines.5.sku", "customer.phone", "paid"]:
    print(path, "->", deep_get(ORDER, path, "<missing>"))
print(pretty(ORDER))
total_qty = sum(line["qty"] for line in ORDER["lines"])
all_tags = sorted({t for line in ORDER["lines"] for t in line["tags"]})
print(total_qty, all_tags)
