# return / break / continue inside finally: the finally wins, and pending exceptions are dropped.

log = []


def cleanup_wins():
    try:
        return "from try"
    finally:
        log.append("cleanup")
        return "from finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"


def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                raise KeyError(i)
            if i == 4:
                return out
            out.append(i)
        finally:
            log.append(f"finally {i}")
            if i == 1:
                continue
            if i == 3:
                break
    return out + ["after loop"]


def nested():
    try:
        try:
            return 1
        finally:
            log.append("inner")
    finally:
        log.append("outer")


def retry(times):
    count = 0
    while True:
        try:
            count += 1
            if count < times:
                raise ConnectionError(f"try {count}")
            return f"succeeded after {count}"
        except ConnectionError as e:
            log.append(str(e))
            continue
        finally:
            log.append(f"attempt {count} done")


print(cleanup_wins())
print(swallow())
print(loop_with_finally())
print(nested())
print(retry(3))
for entry in log:
    print(" ", entry)


def reraise_in_finally():
    try:
        raise ValueError("original")
    finally:
        log.append("about to fail")
        raise RuntimeError("finally failed")


reraise_in_finally()
