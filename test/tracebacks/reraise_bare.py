def step(n):
    if n == 2:
        raise KeyError(n)
    return n

try:
    for i in range(4):
        step(i)
except KeyError:
    print("logging and re-raising")
    raise
