# expect: error TypeError: cannot set 'x' attribute of immutable type 'object'
print(hasattr(object, 'x'))
setattr(object, 'x', 1)
