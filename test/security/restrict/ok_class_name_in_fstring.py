# expect: ok
# __class__ and __name__ reads are allowed metadata, also in f-strings and format fields.
x = 1
print(f"{x.__class__.__name__}", "{0.__class__.__name__}".format(x))
