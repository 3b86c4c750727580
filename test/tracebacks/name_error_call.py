print(not_defined_fn(1, 2))
