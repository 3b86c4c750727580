# expect: error MemoryError: from __str__
# An exception raised while print() converts its argument stays an ordinary exception.
class X:
    def __str__(self):
        raise MemoryError("from __str__")
try:
    print(X())
except MemoryError as e:
    print("caught", e)
print(X())
