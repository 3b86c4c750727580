# expect: error AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
# print.__self__ is the builtins module in CPython.
getattr(print, '__se' + 'lf__')
