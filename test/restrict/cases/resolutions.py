x = 1                          ## x: global
print(x)                       ## print: builtin-or-global  x: global
y = undefined_input            ## undefined_input: builtin-or-global
---
def f(a):                      ## f: global  a: local
    b = a                      ## b: local  a: local
    return b + x + later       ## x: builtin-or-global  later: global
later = 2                      ## later: global
---
def outer():
    n = 0                      ## n: local
    def inner():               ## inner: local
        nonlocal n
        n += 1                 ## n: cell
        return n               ## n: cell
    return inner
---
class C:                       ## C: global
    attr = 1                   ## attr: class>builtin-or-global
    other = attr + len([])     ## other: class>builtin-or-global  attr: class>builtin-or-global  len: class>builtin-or-global
    def m(self):               ## m: class>builtin-or-global  self: local
        return attr            ## attr: builtin-or-global
---
def f():
    v = 1                      ## v: local
    class C:
        w = v                  ## w: class>builtin-or-global  v: class>cell
        global g
        g = 2                  ## g: global
    return C
---
def f(xs):
    return [x * k for x in xs] ## x: local  xs: local  k: builtin-or-global
---
def f(xs):
    r = [(last := x) for x in xs]  ## last: cell  x: local
    return last                ## last: local
---
import os.path as p            ## p: global
from m import a, b as c        ## a: global  c: global
try:
    pass
except E as err:               ## err: global  E: builtin-or-global
    del err                    ## err: global
---
def f(cmd):
    match cmd:
        case [h, *t]:          ## h: local  t: local
            pass
        case {"k": v, **rest}: ## v: local  rest: local
            pass
        case Point(x=px) as pt:  ## px: local  pt: local  Point: builtin-or-global
            pass
