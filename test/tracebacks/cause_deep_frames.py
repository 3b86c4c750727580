def a():
    b()
def b():
    c()
def c():
    raise KeyError("deep")
try:
    a()
except KeyError as e:
    raise RuntimeError("top") from e
