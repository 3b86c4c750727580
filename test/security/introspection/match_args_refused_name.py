# expect: ok
# __match_args__ is data the script controls: a refused name in it is a missing attribute, so the
# class pattern does not match (CPython, which has __dict__, would match; .out is Corral's answer).
class A:
    __match_args__ = ('__di' + 'ct__',)
match A():
    case A(d):
        print('matched', d)
    case _:
        print('no match')
class B:
    __match_args__ = ('x',)
    def __init__(self):
        self.x = 1
match B():
    case B(x):
        print('matched', x)
