# expect: ok
# Rebinding builtins is a global of this run only: the second run sees the real ones again
# (the runner compares both runs' output).
print(len([1, 2, 3]), repr(print)[:10])
len = lambda x: 0
print = None
