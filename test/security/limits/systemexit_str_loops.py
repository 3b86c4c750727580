# expect: limit ops
# SystemExit with a non-int code: its str() is script code too.
class Code:
    def __str__(self):
        while True:
            pass
raise SystemExit(Code())
