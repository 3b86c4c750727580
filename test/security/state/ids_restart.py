# expect: ok
# id() and default reprs are per-run counters: identical in every run, never host addresses.
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b))
class C:
    pass
print(repr(C())[:20] == repr(C())[:20])
print(id(a))
