def a():
    raise ValueError("a failed")

def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("b failed") from e

def c():
    try:
        b()
    except TypeError:
        raise RuntimeError("c failed")

c()
