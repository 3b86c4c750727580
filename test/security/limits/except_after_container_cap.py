# expect: limit memory
# limits: maxOps=1000000000000 timeoutMs=20000
# The runtime's container cap ends the run with the memory limit: no handler sees it.
x = []
try:
    while True:
        x.append(0)
except MemoryError:
    print("UNREACHABLE except MemoryError")
except BaseException:
    print("UNREACHABLE except BaseException")
finally:
    print("UNREACHABLE finally")
