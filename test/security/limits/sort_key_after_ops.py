# expect: limit ops
# The budget running out inside a key function called by a builtin.
def key(x):
    while True:
        pass
try:
    sorted([3, 1, 2], key=key)
except BaseException:
    print("UNREACHABLE except")
