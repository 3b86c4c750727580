# expect: limit ops
# dict.update turns a failing element conversion into TypeError; the op budget running out inside
# the element's __iter__ must not become a TypeError the script can catch.
class Pair:
    def __iter__(self):
        while True:
            pass
d = {}
try:
    d.update([Pair()])
except TypeError:
    print("UNREACHABLE except TypeError")
