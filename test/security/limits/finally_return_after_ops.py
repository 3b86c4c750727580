# expect: limit ops
# return in finally swallows exceptions in Python; it must not swallow the op budget.
def f():
    try:
        while True:
            pass
    finally:
        return "UNREACHABLE"
print(f())
