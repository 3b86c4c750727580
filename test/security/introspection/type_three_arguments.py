# expect: error TypeError: type() with three arguments is not supported; use a class statement
bases = ()
# restrict refuses type(...) with three arguments statically (E201); through an alias it is the runtime's.
make = type
X = make('X', bases, {'x': 1})
