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
---
# refused in every static spelling: getattr, format strings, class patterns, NFKC
def gen():
    yield 1
g = gen()
getattr(g, "gi_frame")                       ### E205
"{0.gi_frame.f_back}".format(g)              ### E205 E205
match g:
    case object(gi_code=c):                  ### E205
        pass
g.ｇｉ_frame                                 ### E205
print(f"{g:{g.gi_frame}}")                   ### E205
---
# accepted: the same names as the script's own values, keys and keyword arguments
def f(f_back=None, gi_frame=None):
    return {"tb_frame": f_back}
f(f_back=1, gi_frame=2)
"{0[gi_frame]}".format({"gi_frame": 1})
