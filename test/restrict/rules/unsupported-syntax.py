# refused: async code
async def fetch():                           ### E101
    await thing()                            ### E101
    async for x in y:                        ### E101
        pass
    async with z:                            ### E101
        pass
    return [a async for a in b]              ### E101
---
# refused: except*, complex literals, metaclasses, star imports
try:
    pass
except* ValueError:                          ### E101
    pass
z = 1j + 2                                   ### E101
class C(metaclass=Meta):                     ### E101
    pass
from math import *                           ### E101
---
# refused inside f-strings and lambdas too
print(f"{2j}")                               ### E101
h = lambda: 3j                               ### E101
---
# accepted: ordinary code, class keywords other than metaclass, floats, match statements
class D(object):
    pass
x = 1.5e3
def gen():
    yield x
match x:
    case 1.5 | [1, *_] | {"k": D()}:
        pass
    case D(real=r) if r:
        pass
---
# refused: the joke future import (other future imports are the future-import rule's)
from __future__ import barry_as_FLUFL        ### E101
---
# refused: a class deriving from the builtin type is a metaclass
class Meta(type):                            ### E101
    pass
class Both(int, type):                       ### E101
    pass
---
# accepted: a base named type that is the script's own
def wrap(type):
    class K(type):
        pass
    return K
