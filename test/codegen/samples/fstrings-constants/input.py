name = "world"
width = 10
s = f"hello {name!r:>{width}} {width:#x} {3.5} {{literal}}"
b = b"\x00\xff"
e = ...
t = (None, True, False, 1.0, -0.0, 2.5, float)
s
