# An event router: mapping patterns over JSON-like events, with **rest and value patterns.


class Kind:
    CLICK = "click"
    KEY = "key"
    RESIZE = "resize"


log = []


def route(event):
    match event:
        case {"type": Kind.CLICK, "pos": [x, y], "button": "left" | "right" as b}:
            return f"{b} click at ({x}, {y})"
        case {"type": Kind.CLICK, "pos": (x, y)}:
            return f"click at ({x}, {y})"
        case {"type": Kind.KEY, "key": str(k), "mods": [*mods]} if mods:
            return "+".join(mods + [k.upper()])
        case {"type": Kind.KEY, "key": str(k)}:
            return f"key {k}"
        case {"type": Kind.RESIZE, "size": {"w": int(w), "h": int(h)}, **extra}:
            note = f" extra={sorted(extra)}" if extra else ""
            return f"resize {w}x{h}{note}"
        case {"type": str(t), **rest} if not rest:
            return f"bare {t} event"
        case {"type": t}:
            return f"unhandled {t!r}"
        case {}:
            return "event without type"
        case list() | tuple():
            return f"batch of {len(event)}: " + "; ".join(route(e) for e in event)
        case _:
            return f"not an event: {event!r}"


events = [
    {"type": "click", "pos": [10, 20], "button": "left"},
    {"type": "click", "pos": (3, 4), "button": "middle"},
    {"type": "click", "pos": [1, 2, 3]},
    {"type": "key", "key": "s", "mods": ["ctrl", "shift"]},
    {"type": "key", "key": "q", "mods": []},
    {"type": "key", "key": 7},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "resize", "size": {"w": 800, "h": 600, "d": 1}, "when": 5, "by": "user"},
    {"type": "focus"},
    {"type": 42, "x": 1},
    {"pos": [0, 0]},
    [{"type": "key", "key": "a"}, {"type": "blur"}],
    "click",
    42,
]
for e in events:
    out = route(e)
    log.append(out)
    print(out)
print(len(log), "events routed")
