# expect: rejected E200
# A conversion, then a nested field in the spec.
print("{0!r:{1.__class__.__base__}}".format(1, 2))
