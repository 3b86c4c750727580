import math
import os.path as p
from json import dumps, loads as parse
from json import dumps
def total(xs):
    return sum(xs) + len(order) + threshold
class C:
    k = 1
    v = k + limit
print(total([1]), open)
---
def f():
    return 1
