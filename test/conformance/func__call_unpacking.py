# Call-site unpacking: *args and **kwargs at the call, merging several mappings, keyword-only
# parameters, forwarding wrappers, and the errors CPython reports for bad unpacking.
def send(to, subject, *attachments, cc=(), priority="normal", **headers):
    parts = [f"to={to}", f"subject={subject!r}"]
    if attachments:
        parts.append(f"files={list(attachments)}")
    if cc:
        parts.append(f"cc={list(cc)}")
    parts.append(f"priority={priority}")
    if headers:
        parts.append(f"headers={headers}")
    return " ".join(parts)


base = {"subject": "weekly", "priority": "low"}
extra = {"X-Team": "ops"}
print(send("ann", "hi"))
print(send(*["bo", "report"], *("a.pdf", "b.csv"), cc=["cy"]))
print(send("dee", **base, **extra))
print(send(**{"to": "eve", "subject": "s"}, **{"X-Id": 7}))


def forward(*args, **kwargs):
    print("  forwarding", args, kwargs)
    return send(*args, **kwargs)


print(forward("fay", "fwd", "log.txt", priority="high"))


def stats(*nums, precision=2):
    if not nums:
        return None
    mean = sum(nums) / len(nums)
    return round(mean, precision), min(nums), max(nums)


data = [3, 9, 4, 7]
print(stats(*data), stats(*data, precision=0), stats(), stats(*range(5), *data))
first, *middle, last = data
print(first, middle, last, [*data, *"ab"], {**base, "priority": "high"}, (*data,))


class Wrong:
    pass


attempts = [
    lambda: send(*5),
    lambda: send("a", **["subject"]),
    lambda: send("a", "b", **{"cc": []}, **{"cc": ()}),
    lambda: send("a", subject="b", **{"subject": "c"}),
    lambda: send(*Wrong()),
    lambda: send("a", "b", **{1: "x"}),
    lambda: stats(1, 2, 3, 4, prec=1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
send("x", **None)
