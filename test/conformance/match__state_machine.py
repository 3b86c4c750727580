# A traffic-light / order state machine driven by (state, event) tuples.

TRANSITIONS = 0


def step(state, event):
    global TRANSITIONS
    match (state, event):
        case ("idle", "start"):
            nxt = "running"
        case ("running", ("pause" | "hold")):
            nxt = "paused"
        case ("paused", "resume"):
            nxt = "running"
        case ("running" | "paused", "stop"):
            nxt = "stopped"
        case ("running", ("tick", int(n))) if n > 0:
            print(f"  ticked {n}")
            nxt = "running"
        case ("running", ("tick", n)):
            print(f"  bad tick {n!r}")
            nxt = "running"
        case (s, "reset") if s != "idle":
            nxt = "idle"
        case ("stopped", _):
            raise RuntimeError(f"machine is stopped, cannot handle {event!r}")
        case (s, e):
            print(f"  ignored {e!r} in {s}")
            return s
    TRANSITIONS += 1
    return nxt


state = "idle"
events = ["start", ("tick", 3), ("tick", -1), ("tick", "x"), "hold", "bogus", "resume",
          "stop", "reset", "reset", "start", "pause", "stop", "start"]
for ev in events:
    before = state
    state = step(state, ev)
    print(f"{before:>8} --{ev!s:^13}--> {state}  [{TRANSITIONS}]")
