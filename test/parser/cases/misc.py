yield *a, b
# ---
x = yield *a, b
# ---
return *a,
# ---
print(*a, sep="", end="\n")
# ---
x[1:2, ...]
# ---
f = lambda x: x if x else -x
# ---
f'{x!r:{"^"}10}'
# ---
b"\x00\t\\\'"
# ---
"\N{GREEK SMALL LETTER LAMDA}\N{nbsp}\N{EURO SIGN}"
# ---
0_0.0_1e-1_0j
# ---
async def f():
  async with a as b, c as d:
    pass
# ---
@(yield)
def f(): pass
# ---
@a.b(c)[d]
class C: pass
# ---
a not in b is not c in d
# ---
not a in b
# ---
a < b == c > d
# ---
-1 ** -2
# ---
~-+x
# ---
a if b else c or d
# ---
lambda: (a, b)
# ---
x = [i for i in range(3)][::-1]
# ---
x = {**a, "k": v, **b}
# ---
x = {*a, *b}
# ---
a, *b, c = d
# ---
[a, [b, *c]] = d
# ---
x = (yield from g())
# ---
del a[0], a.b, (c, [d])
# ---
global x; x = 1
# ---
class A:
  global g
  nonlocal_ = 1
# ---
with open("f") as f, open("g") as g: pass
# ---
for i, (a, *b) in enumerate(x): pass
# ---
while 1:
  if x: break
  continue
# ---
try:
  pass
except (A, B):
  raise
else:
  pass
# ---
assert isinstance(x, int), f"bad {x!r}"
# ---
x: "List[int]" = []
# ---
def f(*, a: int = 1, b: str, **kw: object) -> "X": ...
# ---
def f(a, b, /): return a
# ---
x = 1 if y else 2 if z else 3
# ---
x = "a" "b" f"{c}" "d"
# ---
x = f"{a!r}{b!s}{c!a}"
# ---
x = f"{'nested'}"
# ---
x = f"{x:{y}.{z}f}"
# ---
x = rb"\d" + Br"\w"
# ---
match p:
  case {"x": 0, "y": 0, **kw}: pass
  case [*_]: pass
  case A.B.C(x=1): pass
  case _: pass
# ---
match (a, b):
  case (1, 2) | (2, 1): pass
# ---
match x:
  case -0j: pass
  case 1.5-2.5j: pass
# ---
x = a @ b @ c
# ---
x = a[b][c](d)(e).f.g
# ---
x = (
  # comment
  1,  # one
  2,
)
# ---
if x:
  pass
# trailing comment at col 0
  # indented comment
else:
  pass
# ---
def f():
	if x:
		return 1
	return 2
# ---
x = 1 \
\
  + 2
# ---
s = """\
"""
# ---
s = '''a
\'''
'''
