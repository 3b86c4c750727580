# expect: error AttributeError: 'ZeroDivisionError' object has no attribute 'stack'
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.stack)
