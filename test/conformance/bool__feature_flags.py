# Feature flags evaluated with boolean logic: rules combine user attributes with and/or/not,
# truthiness of missing values, and counting with True as 1.

USERS = [
    {"name": "ana", "beta": True, "country": "PT", "plan": "pro", "age": 34, "tags": ["staff"]},
    {"name": "bo", "beta": False, "country": "US", "plan": "free", "age": 17, "tags": []},
    {"name": "cy", "beta": True, "country": "US", "plan": "", "age": 45, "tags": ["vip"]},
    {"name": "di", "beta": False, "country": "", "plan": "pro", "age": None, "tags": None},
]

FLAGS = {
    "new_editor": lambda u: u["beta"] or "staff" in (u["tags"] or []),
    "pro_reports": lambda u: u["plan"] == "pro" and not u["beta"],
    "adult_content": lambda u: bool(u["age"]) and u["age"] >= 18,
    "us_promo": lambda u: u["country"] == "US" and not u["plan"],
    "needs_profile": lambda u: not (u["country"] and u["plan"] and u["age"]),
}

matrix = {}
for user in USERS:
    matrix[user["name"]] = {flag: rule(user) for flag, rule in FLAGS.items()}
print(f"{'user':<5}" + "".join(f"{f:>14}" for f in FLAGS))
for name, flags in matrix.items():
    print(f"{name:<5}" + "".join(f"{str(v):>14}" for v in flags.values()))

for flag in FLAGS:
    enabled = sum(matrix[u][flag] for u in matrix)
    print(f"{flag}: {enabled}/{len(USERS)} users", "(everyone)" if enabled == len(USERS) else "")
print("any pro_reports:", any(m["pro_reports"] for m in matrix.values()))
print("all adults flagged consistently:", all(m["adult_content"] == (u["age"] is not None and u["age"] >= 18)
                                                 for u, m in zip(USERS, matrix.values())))
raw = [u["plan"] or "none" for u in USERS]
print(raw, [u["tags"] and u["tags"][0] for u in USERS], [bool(u["country"]) for u in USERS])
print(True and "yes", False or 0, None or [] or "last", 0 and 1 / 0, 1 or 1 / 0)
score = True * 10 + False * 5 + (3 > 2) + (2 > 3)
print(score, type(score).__name__, True == 1.0, {True: "a", 1: "b"}, max(True, 0.5), -True)
