# expect: limit ops
# yield from chains: neither the inner nor the outer cleanup runs.
def inner():
    try:
        yield 1
    finally:
        print("UNREACHABLE inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("UNREACHABLE outer finally")
for x in outer():
    while True:
        pass
