# expect: ok
# Class attributes a script mutates are recreated by the next run.
class Counter:
    n = 0
Counter.n += 1
print(Counter.n)
class Exc(Exception):
    pass
Exc.count = getattr(Exc, 'count', 0) + 1
print(Exc.count)
