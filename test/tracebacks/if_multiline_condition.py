a = 1
if (a > 0 and
        a.real.foo):
    pass
