def f(): pass
# ---
def f():
  return 1
# ---
def f(a): pass
# ---
def f(a, b): pass
# ---
def f(a, b=1): pass
# ---
def f(a=1, b=2): pass
# ---
def f(*args): pass
# ---
def f(**kwargs): pass
# ---
def f(*args, **kwargs): pass
# ---
def f(a, *, b): pass
# ---
def f(a, *, b=1, c): pass
# ---
def f(a, /): pass
# ---
def f(a, /, b): pass
# ---
def f(a=1, /, b=2): pass
# ---
def f(a, /, b, *c, d, **e): pass
# ---
def f(a: int) -> str: pass
# ---
def f(a: int = 1, *b: str, c: bool = True, **d: float) -> None: pass
# ---
def f(*, a): pass
# ---
def f(a,): pass
# ---
def f(*a,): pass
# ---
def f(**k,): pass
# ---
def f(a, /,): pass
# ---
def f(*args: *Ts): pass
# ---
@d
def f(): pass
# ---
@d1
@d2
def f(): pass
# ---
@d(1)
def f(): pass
# ---
@a.b.c
def f(): pass
# ---
@a[0]
def f(): pass
# ---
@(lambda f: f)
def f(): pass
# ---
@x := y
def f(): pass
# ---
async def f(): pass
# ---
@d
async def f(): pass
# ---
def f():
  yield
# ---
def f():
  yield 1
# ---
def f():
  yield from g()
# ---
def f():
  x = yield
# ---
def f():
  global x
  x = 1
# ---
def f():
  def g():
    nonlocal x
  return g
# ---
def f():
  """doc"""
  return
# ---
class A: pass
# ---
class A(): pass
# ---
class A(B): pass
# ---
class A(B, C): pass
# ---
class A(metaclass=M): pass
# ---
class A(B, metaclass=M, **kw): pass
# ---
class A(*bases): pass
# ---
@d
class A: pass
# ---
class A:
  """doc"""
  x: int = 0
  def m(self) -> int:
    return self.x
# ---
class A:
  @property
  def p(self): return 1
# ---
def f(a, b, /, c, d, *, e, f): pass
# ---
lambda a, /: a
# ---
lambda a=1, /, b=2: 0
# ---
def f(a=(1, 2), b=[], c={}): pass
# ---
def f(a: "x"=1): pass
# ---
def f() -> (yield): pass
