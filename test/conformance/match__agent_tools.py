# Tool-call orchestration: an agent emits tool requests as dicts; match dispatches and validates.

STORE = {"users": {"u1": {"name": "Ada", "plan": "pro"}, "u2": {"name": "Lin", "plan": "free"}}}
calls = []


def run_tool(request):
    calls.append(request.get("tool", "?"))
    match request:
        case {"tool": "lookup", "args": {"user": str(uid)}} if uid in STORE["users"]:
            return {"ok": True, "user": STORE["users"][uid]}
        case {"tool": "lookup", "args": {"user": uid}}:
            return {"ok": False, "error": f"no such user {uid!r}"}
        case {"tool": "upgrade", "args": {"user": str(uid), "plan": "pro" | "team" as plan}}:
            user = STORE["users"].get(uid)
            if user is None:
                return {"ok": False, "error": "unknown user"}
            old, user["plan"] = user["plan"], plan
            return {"ok": True, "changed": [old, plan]}
        case {"tool": "upgrade", "args": {"plan": bad_plan}}:
            return {"ok": False, "error": f"invalid plan {bad_plan!r}"}
        case {"tool": "batch", "args": {"requests": [*requests]}}:
            return {"ok": True, "results": [run_tool(r) for r in requests]}
        case {"tool": str(name), **rest}:
            return {"ok": False, "error": f"unknown tool {name}", "ignored": sorted(rest)}
        case _:
            return {"ok": False, "error": "malformed request"}


requests = [
    {"tool": "lookup", "args": {"user": "u1"}},
    {"tool": "lookup", "args": {"user": 42}},
    {"tool": "upgrade", "args": {"user": "u2", "plan": "team"}},
    {"tool": "upgrade", "args": {"user": "u9", "plan": "pro"}},
    {"tool": "upgrade", "args": {"user": "u1", "plan": "gold"}},
    {"tool": "batch", "args": {"requests": [{"tool": "lookup", "args": {"user": "u2"}}, {"tool": "ping"}]}},
    {"tool": "delete", "args": {}, "force": True},
    ["lookup", "u1"],
]
for r in requests:
    result = run_tool(r)
    status = "OK " if result["ok"] else "ERR"
    detail = {k: v for k, v in result.items() if k != "ok"}
    print(status, detail)
print("calls:", calls)
print("store:", STORE)
