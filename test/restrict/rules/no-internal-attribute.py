# refused: frame, code, traceback and generator internals
def gen():
    yield 1
g = gen()
g.gi_frame.f_back.f_globals                  ### E205 E205 E205
g.gi_code.co_code                            ### E205 E205
try:
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame                 ### E200 E205
---
# accepted: look-alike names on a script's own objects
class Row:
    def __init__(self):
        self.f_score = 1
        self.co_owner = "x"
        self.tb = None
r = Row()
print(r.f_score, r.co_owner, r.tb)
