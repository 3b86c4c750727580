# expect: limit ops
# A generator whose body exhausts the budget: its own finally must not run.
def g():
    try:
        yield 1
        while True:
            pass
    finally:
        print("UNREACHABLE generator finally")
for x in g():
    pass
