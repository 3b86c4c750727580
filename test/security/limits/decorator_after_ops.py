# expect: limit ops
# A decorator that calls the function inside try/except/finally cannot catch the budget.
def runs_it(f):
    try:
        f()
    except BaseException:
        print("UNREACHABLE decorator except")
    finally:
        print("UNREACHABLE decorator finally")
    return f
@runs_it
def spin():
    while True:
        pass
