# A hand-written JSON encoder and a tiny decoder for flat objects, with escaping and type errors.


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, (list, tuple)):
        parts = [encode(v, indent, level + 1) for v in value]
    elif isinstance(value, dict):
        parts = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(encode_str(k) + ": " + encode(v, indent, level + 1))
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    open_, close = ("[", "]") if isinstance(value, (list, tuple)) else ("{", "}")
    if not parts:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(parts) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * level) + close


doc = {"id": 7, "name": 'Widget "Pro"', "price": 19.5, "tags": ["a\tb", "c\\d"], "stock": None,
       "active": True, "dims": (1, 2.0, -3), "notes": "line1\nline2\x01", "empty": {}, "big": 2 ** 70}
print(encode(doc))
print(encode(doc, indent=2))
for bad in [{"x": float("nan")}, {1: "int key"}, {"s": {1, 2}}]:
    try:
        encode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def decode_flat(text):
    body = text.strip()[1:-1]
    result = {}
    for pair in body.split(","):
        key, raw = pair.split(":", 1)
        key = key.strip().strip('"')
        raw = raw.strip()
        if raw.startswith('"'):
            result[key] = raw[1:-1]
        elif raw in ("true", "false"):
            result[key] = raw == "true"
        elif raw == "null":
            result[key] = None
        else:
            result[key] = float(raw) if "." in raw or "e" in raw else int(raw)
    return result


print(decode_flat('{"a": 1, "b": "two", "c": 3.5, "d": true, "e": null, "f": 1e3}'))
