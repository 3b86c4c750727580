# Compile-time errors of match patterns (compile.c), one per chunk, as compile() reports them.
match x:
    case a:
        pass
    case 1:
        pass
---
match x:
    case _:
        pass
    case 1:
        pass
---
match x:
    case a | 1:
        pass
---
match x:
    case 1 | x | y:
        pass
---
match x:
    case (x | y) | 1:
        pass
---
match x:
    case (a as b) as c:
        pass
    case 2:
        pass
---
match x:
    case [a, a]:
        pass
---
match x:
    case {1: a, **a}:
        pass
---
match x:
    case C(a, b=a):
        pass
---
match x:
    case [a] | (b, c):
        pass
---
match x:
    case [x] | [_]:
        pass
---
match x:
    case Point(x=0) | Point(y=0, x=_):
        pass
---
match x:
    case {"a": 1, "a": 2}:
        pass
---
match x:
    case {0: 1, False: 2}:
        pass
---
match x:
    case {-1: a, 2.5: b, -1: c}:
        pass
---
match x:
    case C(a=1, a=2):
        pass
---
match x:
    case [*a, *b]:
        pass
---
match x:
    case [1, *_, 2, *rest]:
        pass
---
match x:
    case (a, b) | (b, a):
        pass
    case [a, *rest] if rest:
        pass
    case {"k": [a, *_]} | {"j": a}:
        pass
    case str() as s:
        pass
---
def f(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case ["go", _] | ["walk", _]:
            return None
        case other:
            return other
    match cmd:
        case x:
            pass
        case _:
            pass
---
match x:
    case y if y:
        pass
    case [1, 2] | [z, z]:
        pass
