# expect: limit ops
# try/finally in a function a generator expression calls, consumed by a builtin.
def slow(i):
    try:
        while True:
            pass
    finally:
        print("UNREACHABLE finally in genexp")
try:
    total = sum(slow(i) for i in range(3))
finally:
    print("UNREACHABLE outer finally")
