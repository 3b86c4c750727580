# expect: ok
# Special methods of builtin types called explicitly with missing or extra arguments get CPython's
# TypeError (a fuzz finding, seed 6006: "1 2 3".__getitem__() was an internal error).
def t(f):
    try:
        f()
    except TypeError as x:
        print(x)
t(lambda: "a".__format__())
t(lambda: (5).__format__())
t(lambda: "abc".__getitem__())
t(lambda: (1).__add__(1, 2))
t(lambda: [].__iter__(1))
t(lambda: (1,).__len__(2))
