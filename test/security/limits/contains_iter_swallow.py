# expect: limit ops
# `in` falls back to iteration and turns a failing __iter__ into TypeError: not for the op budget.
class Box:
    def __iter__(self):
        while True:
            pass
try:
    1 in Box()
except TypeError:
    print("UNREACHABLE except TypeError")
