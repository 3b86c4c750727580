# expect: limit ops
# A generator paused at a yield when the budget runs out is never closed into script code.
def g():
    try:
        yield 1
    except BaseException:
        print("UNREACHABLE generator except")
    finally:
        print("UNREACHABLE generator finally")
it = g()
next(it)
while True:
    pass
