# accepted: __name__, __doc__, special methods in class bodies, __class__ in methods
if __name__ == "__main__":
    print(__doc__)
class P:
    def __init__(self):
        self.kind = __class__.__name__
    def __eq__(self, other):
        return True
    __hash__ = None
    __radd__ = __eq__
    def m(self):
        return super().m()
---
# refused: interpreter internals as names
__builtins__                                 ### E203
x = __loader__                               ### E203
__spec__, __file__                           ### E203 E203
__import__("os")                             ### E203 E201
---
# refused: defining dunder names outside a class body, or unknown ones inside it
def __init__(self):                          ### E203
    pass
class C:
    def __getattribute__(self, name):        ### E203
        return 1
    def __reduce__(self):                    ### E203
        return 1
def f(__x__):                                ### E203
    global __y__                             ### E203
    __y__ = 1                                ### E203
---
# refused: imports of dunder names and dunder aliases
from math import __loader__                  ### E203
import math as __m__                         ### E203
---
# __class__ outside a method
print(__class__)                             ### E203
class D:
    k = __class__                            ### E203
---
# NFKC: fullwidth and mathematical spellings are the same identifiers
_＿builtins__                                ### E203
def f():
    global _＿spec__                         ### E203
x = dict(_＿globals__=1)                     ### E203
match x:
    case {"k": _＿file__}:                   ### E203
        pass
---
# refused: dunder keyword-argument names; accepted: ordinary ones
print(1, __file__=2)                         ### E203
print(1, sep="", end="\n")
