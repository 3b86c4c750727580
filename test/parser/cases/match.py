match x:
  case 1: pass
# ---
match x:
  case 1:
    pass
  case 2:
    pass
# ---
match x:
  case _: pass
# ---
match x:
  case y: pass
# ---
match x:
  case -1: pass
# ---
match x:
  case 1.5: pass
# ---
match x:
  case 1+2j: pass
# ---
match x:
  case -1-2j: pass
# ---
match x:
  case "s": pass
# ---
match x:
  case "a" "b": pass
# ---
match x:
  case b"x": pass
# ---
match x:
  case None: pass
# ---
match x:
  case True: pass
# ---
match x:
  case False: pass
# ---
match x:
  case a.b: pass
# ---
match x:
  case a.b.c: pass
# ---
match x:
  case (1): pass
# ---
match x:
  case (1,): pass
# ---
match x:
  case (): pass
# ---
match x:
  case []: pass
# ---
match x:
  case [1, 2]: pass
# ---
match x:
  case [1, *rest]: pass
# ---
match x:
  case [*_, 1]: pass
# ---
match x:
  case 1, 2: pass
# ---
match x:
  case 1, *r: pass
# ---
match x:
  case *r, 1: pass
# ---
match x:
  case *r,: pass
# ---
match x:
  case 1 | 2 | 3: pass
# ---
match x:
  case (1 | 2) as y: pass
# ---
match x:
  case 1 | 2 as y: pass
# ---
match x:
  case [a, b] as c: pass
# ---
match x:
  case {}: pass
# ---
match x:
  case {"a": 1}: pass
# ---
match x:
  case {"a": 1, "b": y}: pass
# ---
match x:
  case {"a": 1, **rest}: pass
# ---
match x:
  case {**rest}: pass
# ---
match x:
  case {a.b: 1, None: 2, -1: 3}: pass
# ---
match x:
  case Point(): pass
# ---
match x:
  case Point(1, 2): pass
# ---
match x:
  case Point(x=1, y=2): pass
# ---
match x:
  case Point(1, y=2): pass
# ---
match x:
  case a.B(c, d=e): pass
# ---
match x:
  case Point(x=[1, 2], y={"k": v}): pass
# ---
match x:
  case y if y > 0: pass
# ---
match x:
  case [y] if (z := y): pass
# ---
match x, y:
  case a, b: pass
# ---
match x,:
  case a: pass
# ---
match *a, b:
  case c: pass
# ---
match (x):
  case y: pass
# ---
match x:
  case {1: _, 2: _}: pass
# ---
match x:
  case [1, [2, [3]]]: pass
# ---
match x:
  case str() | bytes(): pass
# ---
match x:
  case (a, b,): pass
# ---
match -x:
  case 1: pass
# ---
match x:
  case 0:
    match y:
      case 1: pass
# ---
match f(x):
  case y: pass
# ---
match x:
  case Point(1, 2,): pass
# ---
match x:
  case {"a": 1,}: pass
# ---
match x:
  case 0x10 | 0o7 | 0b1: pass
# ---
match x:
  case "": pass
