# expect: error AttributeError: 'ZeroDivisionError' object has no attribute '__traceback__'
# An exception's traceback leads to frames and their globals.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = getattr(e, '__trace' + 'back__')
