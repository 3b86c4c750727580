# expect: ok
# type(x) with one argument, and a script's own name type as a base.
def wrap(type):
    class K(type):
        pass
    return K
print(type(1).__name__, wrap(int)(3) + 1)
