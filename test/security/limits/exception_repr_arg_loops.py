# expect: limit ops
# The message of ValueError(x) is str(x), which falls back to a looping __repr__.
class X:
    def __repr__(self):
        while True:
            pass
raise ValueError(X())
