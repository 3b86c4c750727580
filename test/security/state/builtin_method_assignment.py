# expect: error TypeError: cannot set 'append' attribute of immutable type 'list'
# Builtin types are immutable, as in CPython: a script cannot patch list.append for the next run.
x = []
x.append(1)
print(x)
list.append = None
