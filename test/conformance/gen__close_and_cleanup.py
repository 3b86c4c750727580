# Generator lifecycle: finally blocks on close(), throw() into a generator, return values.

log = []


def reader(lines):
    log.append("open")
    try:
        for i, line in enumerate(lines):
            log.append(f"yield {i}")
            yield line.upper()
    finally:
        log.append("close")


gen = reader(["a", "b", "c", "d"])
print(next(gen), next(gen))
gen.close()
print(log)
gen.close()
print("second close is a no-op:", log.count("close"))
try:
    next(gen)
except StopIteration:
    print("closed generator raises StopIteration")

log.clear()
# Keep a reference: when a generator is finalised without one is a CPython refcounting detail.
g2 = reader(["x", "y", "z"])
for item in g2:
    if item == "Y":
        break
print("after break:", log)
g2.close()
print("after close:", log)


def resilient():
    handled = 0
    while True:
        try:
            value = yield handled
            print("  received", value)
        except ValueError as e:
            handled += 1
            print("  handled", e)


r = resilient()
next(r)
r.send("first")
print("throw returned", r.throw(ValueError("bad input")))
print("throw returned", r.throw(ValueError("worse input")))
r.send("second")
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated:", repr(e))


def with_result():
    total = 0
    for n in (1, 2, 3):
        total += n
        yield n
    return total


g = with_result()
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as stop:
        print("values", values, "return value", stop.value)
        break


def empty():
    return
    yield


print(list(empty()), list(x for x in []), next(empty(), "default"))
