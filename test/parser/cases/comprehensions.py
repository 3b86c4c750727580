[x for x in y]
# ---
[x for x in y if x]
# ---
[x for x in y if a if b]
# ---
[x for x in y for z in w]
# ---
[(x, y) for x in a for y in b if x != y]
# ---
{x for x in y}
# ---
{k: v for k, v in d.items()}
# ---
{k: v for k in a if k for v in b}
# ---
(x for x in y)
# ---
(x for x in y if z)
# ---
[x async for x in y]
# ---
[x for x in y async for z in w]
# ---
[await x for x in y]
# ---
[x for x, in y]
# ---
[x for (a, b) in c]
# ---
[x for *a, b in c]
# ---
[x for a.b in c]
# ---
[x for a[0] in c]
# ---
[x for x in y if (z := x)]
# ---
[[y for y in x] for x in z]
# ---
[x for x in (lambda: y)]
# ---
sum(x for x in y)
# ---
f(x for x in y if x)
# ---
[x if x else y for x in z]
# ---
{x: y for x, y in z if x if y}
# ---
[x for x in a or b]
# ---
[x for x in not a]
# ---
[x for x in a if b or c]
# ---
[x for x in range(10) if x % 2 == 0]
# ---
(x async for x in y)
# ---
{x async for x in y}
# ---
{k: v async for k, v in y}
