# expect: limit ops
# continue in finally swallows exceptions in Python; it must not swallow the op budget.
n = 0
while True:
    try:
        while True:
            pass
    finally:
        n += 1
        print("UNREACHABLE finally", n)
        continue
