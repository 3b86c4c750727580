x
# ---
a + b
# ---
a - b * c
# ---
(a - b) * c
# ---
a ** b ** c
# ---
-a ** b
# ---
-(a ** b)
# ---
+a
# ---
~a
# ---
not a
# ---
not not a
# ---
a and b
# ---
a and b and c
# ---
a or b or c
# ---
a and b or c and d
# ---
a or b and not c
# ---
a < b
# ---
a < b < c
# ---
a == b != c
# ---
a is b
# ---
a is not b
# ---
a in b
# ---
a not in b
# ---
a <= b >= c > d
# ---
a | b ^ c & d
# ---
a << b >> c
# ---
a // b % c / d @ e
# ---
a if b else c
# ---
a if b else c if d else e
# ---
(a if b else c) if d else e
# ---
lambda: 0
# ---
lambda x: x
# ---
lambda x, y=1: x + y
# ---
lambda *a, **k: 0
# ---
lambda x, /, y, *, z: 0
# ---
lambda *, k=1: k
# ---
f()
# ---
f(a)
# ---
f(a, b)
# ---
f(a, *b)
# ---
f(*a, *b)
# ---
f(a=1)
# ---
f(**k)
# ---
f(a, b=1, *c, d=2, **e)
# ---
f(x for x in y)
# ---
f((x for x in y), z)
# ---
f(a)(b)(c)
# ---
f(a,)
# ---
a.b
# ---
a.b.c
# ---
a.b(c).d
# ---
a[b]
# ---
a[b][c]
# ---
a[b].c
# ---
a.b[c](d)
# ---
(a := 1)
# ---
f(x := 1)
# ---
[y := 2, y]
# ---
await x
# ---
a @ b
# ---
a ** -b
# ---
2 ** 3 ** 4
# ---
x = -1
# ---
(-1) ** 2
# ---
--a
# ---
-+~a
# ---
a < (b < c)
# ---
(a, b)
# ---
(a,)
# ---
()
# ---
(a)
# ---
((a))
# ---
[a, b]
# ---
[]
# ---
[a,]
# ---
{a, b}
# ---
{a}
# ---
{}
# ---
{a: b}
# ---
{a: b, c: d}
# ---
{**a}
# ---
{a: b, **c, d: e}
# ---
{*a, b}
# ---
[*a, *b]
# ---
(*a, b)
# ---
...
# ---
None
# ---
True
# ---
False
# ---
x = ...
# ---
a.b.c.d.e.f
# ---
f(a)[b].c(d)
# ---
x if y else lambda: z
# ---
lambda: (yield)
# ---
(yield)
# ---
(yield x)
# ---
not a == b
# ---
a + b < c * d
# ---
a and (b or c)
# ---
print(1, 2, sep="")
# ---
f(
  a,
  b,
)
# ---
x = (
  1 +
  2
)
# ---
x = 1 + \
  2
# ---
a if b else(c)
# ---
f(*a, b)
# ---
f(a, *b, c)
# ---
f(**a, b=1)
# ---
f(*a, **b, c=1)
# ---
a = b if c else d
# ---
a.b = c if d else e
# ---
lambda a=1, *b, c=2, **d: (a, b, c, d)
# ---
x = await y
# ---
x = [await y for y in z]
# ---
a[b, c] = d
# ---
a[1:2, 3]
# ---
f(a)(b)[c]
