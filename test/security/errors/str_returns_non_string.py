# expect: error TypeError: __str__ returned non-string (type int)
class X:
    def __str__(self):
        return 1
str(X())
