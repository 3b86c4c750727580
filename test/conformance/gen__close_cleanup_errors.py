# Generator cleanup: finally blocks on close(), GeneratorExit handling, resources released when a
# consumer stops early, and a generator that wrongly keeps yielding after close().
opened = []


def read_records(name, rows):
    opened.append(name)
    print(f"  open {name}")
    try:
        for row in rows:
            yield row
    finally:
        opened.remove(name)
        print(f"  close {name}")


def first_match(gen, pred):
    for item in gen:
        if pred(item):
            gen.close()
            return item
    return None


print(first_match(read_records("a.csv", [1, 5, 9, 12]), lambda r: r > 4), opened)
g = read_records("b.csv", "xyz")
print(next(g), opened)
g.close()
print(opened, list(g))


def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("  caught GeneratorExit, returning cleanly")
            return


s = stubborn()
next(s)
s.close()
print("stubborn closed")


def with_value():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print("  with_value finally")


w = with_value()
print(next(w))
w.close()


def thrower():
    try:
        yield 1
        yield 2
    except ZeroDivisionError as e:
        print("  thrower handled", e)
        yield "recovered"


t = thrower()
print(next(t), t.throw(ZeroDivisionError("by zero")), next(t, "end"))
t2 = thrower()
try:
    t2.throw(KeyError("early"))
except KeyError as e:
    print("thrown into unstarted generator:", repr(e), next(t2, "finished"))


def ignores_exit():
    try:
        yield "still here"
    except GeneratorExit:
        print("  ignoring close")
    yield "one more"


bad = ignores_exit()
next(bad)
bad.close()
