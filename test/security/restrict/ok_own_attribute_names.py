# expect: ok
# Look-alikes of internal names on a script's own objects.
class Row:
    def __init__(self):
        self.f_score = 3
        self.co_owner = "ops"
        self.tb = None
        self.gi = 1
r = Row()
print(r.f_score, r.co_owner, r.tb, r.gi)
