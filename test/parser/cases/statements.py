pass
# ---
break
# ---
continue
# ---
return
# ---
return x
# ---
return x, y
# ---
return *a, b
# ---
del x
# ---
del x, y
# ---
del (x, y)
# ---
del [x, y]
# ---
del x.y, z[0]
# ---
del x,
# ---
global a
# ---
global a, b
# ---
nonlocal a, b
# ---
assert x
# ---
assert x, "msg"
# ---
raise
# ---
raise E
# ---
raise E("m")
# ---
raise E from None
# ---
raise E from e
# ---
x = 1; y = 2
# ---
x = 1;
# ---
pass; pass;
# ---
if x:
    pass
# ---
if x: pass
# ---
if x: a; b
# ---
if x:
    a
else:
    b
# ---
if x:
  a
elif y:
  b
elif z:
  c
else:
  d
# ---
if x:
  if y:
    a
  else:
    b
# ---
while x:
  pass
# ---
while x:
  pass
else:
  done()
# ---
while True: break
# ---
for x in y:
  pass
# ---
for x, y in z:
  pass
# ---
for (x, y) in z: pass
# ---
for [x, y] in z: pass
# ---
for x, in y: pass
# ---
for *a, b in c: pass
# ---
for x in y, z: pass
# ---
for x in *y, z: pass
# ---
for a.b in c: pass
# ---
for a[0] in c: pass
# ---
for x in y:
  pass
else:
  pass
# ---
with a: pass
# ---
with a as b: pass
# ---
with a as b, c as d: pass
# ---
with a, b: pass
# ---
with (a as b, c as d): pass
# ---
with (a, b): pass
# ---
with (a, b) as c: pass
# ---
with (a): pass
# ---
with (a as b): pass
# ---
with (a as b,): pass
# ---
with a as (b, c): pass
# ---
with a as b.c: pass
# ---
with (yield x): pass
# ---
with (
  a as b,
  c as d,
):
  pass
# ---
with f(a) as b, g() as c: pass
# ---
with (a)(b) as c: pass
# ---
with a as [b, c]: pass
# ---
x = 1


y = 2
# ---
# comment
x = 1  # trailing
# end
# ---
if x:

    # c
    pass
# ---
if x:
	pass
# ---
if x:
  a
  b
c
# ---
x
# ---
x
# ---

# ---
if a:
  if b:
    if c:
      d
e
# ---
class A: pass
# ---
class A:
  x = 1
  def f(self): pass
# ---
x = (1,
     2)
# ---
x = [
  1,
  2,
]
# ---
x = 1 \
 + 2
# ---
if x: \
  pass
# ---
x = 1
y = 2
# ---
x = 1
y = 2
# ---
if x:
  pass
# ---
x = 1
y = 2
# ---
x = 1
# ---
x = (yield)
# ---
while (n := n - 1): pass
# ---
if (m := re.match(p, s)) is not None: pass
# ---
elif_ = 1
# ---
match = 1
# ---
case = 2
# ---
_ = 3
# ---
match.x = 1
# ---
match(x)
# ---
match[x]
# ---
print(match, case, _)
# ---
type = 1
# ---
async_ = 1
# ---
f(*a or b, c)
# ---
def f():
  x = 1;
# ---
if x:
  y = 2;  # c
  z;
# ---
class A:
  def f(self):
    return 1;
# ---
if x:
  \
  y
# ---
if x:
  \
    y
# ---
x = 1
\
y
# ---
if x:
  a
\
  b
