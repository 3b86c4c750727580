# Exceptions as control flow: retries, fallbacks, else-clauses and cleanup counters.

attempt_log = []


class TransientError(Exception):
    pass


def flaky(fail_times):
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"attempt {state['calls']} failed")
        return f"ok after {state['calls']}"

    return call


def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            result = fn()
        except TransientError as e:
            attempt_log.append(str(e))
            last = e
        else:
            return result
    raise RuntimeError(f"gave up after {attempts} attempts") from last


print(retry(flaky(0), 3))
print(retry(flaky(2), 3))
try:
    retry(flaky(5), 3)
except RuntimeError as e:
    print(e, "| last transient error kept in the log:", attempt_log[-1])
print(attempt_log)


def parse_all(values):
    parsed, bad = [], []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            try:
                n = float(v)
            except ValueError:
                bad.append(v)
                continue
        parsed.append(n)
    return parsed, bad


print(parse_all(["1", "2.5", "x", "-3", "1e3", "", "0x10"]))
opened = closed = 0
for name in ["a", "b", "c"]:
    opened += 1
    try:
        if name == "b":
            raise KeyError(name)
        print("processed", name)
    except KeyError as e:
        print("skipped", e)
    finally:
        closed += 1
print(opened, closed)
try:
    raise ValueError("first", 42)
except ValueError as e:
    print(e.args, len(e.args), str(e))
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)), repr(e))
