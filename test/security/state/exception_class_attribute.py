# expect: error TypeError: cannot set 'x' attribute of immutable type 'ValueError'
print(hasattr(ValueError, 'x'))
ValueError.x = 5
