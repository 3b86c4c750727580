# expect: error AttributeError: 'builtin_function_or_method' object has no attribute 'name'
len.name
