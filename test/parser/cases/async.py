async def f():
  await x
# ---
async def f():
  async for x in y: pass
# ---
async def f():
  async for x in y:
    pass
  else:
    pass
# ---
async def f():
  async with a as b: pass
# ---
async def f():
  async with a, b as c: pass
# ---
async def f():
  async with (a as b, c): pass
# ---
async def f():
  return await g()
# ---
async def f():
  x = [y async for y in z]
# ---
async def f():
  await asyncio.sleep(1)
# ---
async def f():
  yield 1
# ---
async def f():
  await (await x)
# ---
async def f():
  return [await y for y in z]
# ---
async def f():
  await x ** 2
# ---
async def f():
  -await x
# ---
async def f():
  await x.y()
# ---
class A:
  async def m(self): pass
# ---
async def f(a, *, b=1) -> int: return a
