x = 1
global x
---
def f(x):
    global x
---
def f(x):
    nonlocal x
---
def f():
    print(x)
    global x
---
def f():
    y = 1
    def g():
        print(y)
        nonlocal y
---
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
---
nonlocal x
---
class C:
    nonlocal x
---
def f():
    nonlocal x
---
def f(a, a):
    pass
---
lambda a, a: 1
---
def f(*, a, **a):
    pass
---
return 1
---
class C:
    return 1
---
yield 1
---
class C:
    yield 1
---
x = [(yield) for i in y]
---
def f():
    return {(yield) for i in y}
---
def f():
    return ((yield) for i in y)
---
break
---
while True:
    def f():
        break
---
for i in x:
    pass
else:
    continue
---
await x
---
def f():
    await x
---
def f():
    x: int
    global x
---
def f():
    global x
    x: int = 1
---
def f():
    y = 1
    def g():
        nonlocal y
        y: int = 1
---
def f():
    x = 1
    def g():
        global x
        nonlocal x
---
class C:
    [(y := 1) for x in z]
---
[(x := 1) for x in z]
---
[x for x in (y := z)]
---
def f():
    from m import *
---
def f():
    x = 1
    del x
    global x
---
def f():
    import os
    global os
---
def f():
    for i in x:
        pass
    global i
---
__debug__ = 1
---
def f(__debug__):
    pass
---
def __debug__():
    pass
---
del __debug__
---
import __debug__
---
for __debug__ in x:
    pass
---
x.__debug__ = 1
---
f(__debug__=1)
---
lambda __debug__: 1
---
class __debug__:
    pass
---
from m import x as __debug__
---
try:
    pass
except E as __debug__:
    pass
---
with x as __debug__:
    pass
---
(__debug__ := 1)
---
def f(*, __debug__):
    pass
---
print(__debug__, x.__debug__)
---
[x async for y in z]
---
[await x for y in z]
---
(x async for y in z)
---
def f():
    return (await x for y in z)
---
def f():
    return [[x async for x in y] for z in w]
---
async def f():
    return [x async for y in z]
---
def f():
    lambda: await x
---
async def f():
    lambda: await x
---
async def f():
    [await x for y in z]
---
def f():
    async for x in y:
        pass
---
def f():
    async with x:
        pass
---
async for x in y:
    pass
---
def f():
    return {k: v async for k in y}
---
async def f():
    def g():
        [x async for x in y]
---
class C:
    await x
---
def f():
    return [x for x in await y]
---
async def f():
    yield from x
---
async def f():
    yield 1
    return 2
---
async def f():
    yield
    return
---
f(a=1, b=2, a=3)
---
f(x, **kw, y=1, y=2)
---
try:
    pass
except:
    pass
except ValueError:
    pass
