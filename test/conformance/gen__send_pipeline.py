# A coroutine-style pipeline: generators driven with send(), closed with close(), throw() for errors.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  averager reset:", e)
            total, count, average = 0.0, 0, None
            continue
        except GeneratorExit:
            print("  averager closing after", count, "values")
            return
        total += value
        count += 1
        average = total / count


def printer(prefix):
    lines = 0
    try:
        while True:
            line = yield
            lines += 1
            print(f"{prefix}{lines}: {line}")
    finally:
        print(f"{prefix}done ({lines} lines)")


def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("avg", avg.send(v))
print("after throw:", avg.throw(ValueError("bad sensor")))
print("avg", avg.send(7))
avg.close()
print("closed again is fine:", avg.close())

sink = printer("> ")
next(sink)
g = grep("py", sink)
next(g)
for line in ["python is fun", "java", "pypy too", "rust"]:
    g.send(line)
g.close()

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
done = averager()
next(done)
done.close()
try:
    done.send(1)
except StopIteration as e:
    print("StopIteration after close", e.value)
