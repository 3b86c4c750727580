# expect: limit output
# limits: maxOutputBytes=10000
# The outcome's str(e) prints past the output cap: the output limit wins.
class E(Exception):
    def __str__(self):
        while True:
            print("x" * 100)
raise E()
