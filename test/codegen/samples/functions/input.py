def add(a, b=1, *rest, scale, offset=0, **extra):
    total = (a + b) * scale + offset
    for r in rest:
        total += r
    return total

def pos_only(a, b, /, c):
    return a, b, c

def no_return():
    pass

sq = lambda v: v * v
add(1, 2, 3, scale=2)
