# expect: limit ops
# str(e) is computed for the outcome by running the script's __str__: a loop there ends with the
# op budget, not a hang or an internal error.
class E(Exception):
    def __str__(self):
        while True:
            pass
raise E()
