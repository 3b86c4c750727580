# expect: error TypeError: type() with three arguments is not supported; use a class statement
bases = ()
X = type('X', bases, {'x': 1})
