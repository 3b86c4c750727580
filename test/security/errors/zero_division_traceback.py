# expect: error ZeroDivisionError: division by zero
# The traceback names the script's file and functions only.
def f(x):
    return 1 / x
def g():
    return f(0)
g()
