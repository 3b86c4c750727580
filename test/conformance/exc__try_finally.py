# try/except/else/finally ordering, including returns and re-raises inside finally blocks.

trace = []


def step(name, fail=False):
    trace.append(name)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def run(fail_at):
    try:
        step("open")
        step("work", fail=fail_at == "work")
    except ValueError as e:
        trace.append(f"handled: {e}")
    else:
        trace.append("else")
    finally:
        trace.append("close")
    return list(trace)


for fail in (None, "work"):
    trace.clear()
    print(fail, run(fail))


def finally_wins():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")


print(finally_wins())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def cleanup_on_error():
    try:
        try:
            1 / 0
        finally:
            print("  inner finally")
    except ZeroDivisionError as e:
        print("  outer caught:", e)
    return "done"


print(cleanup_on_error())


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("  logging then re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("caught again:", repr(e))
