import math
import os.path
import collections.abc as cabc
from json import dumps as d, loads
x = [1, 2]
del x[0]
del x
assert math.pi > 3, "pi"
assert d
class C:
    y = 1
    del y
y = (z := 5) + z
