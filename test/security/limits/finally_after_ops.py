# expect: limit ops
# The op budget is terminal: no except or finally of the script runs after it trips.
try:
    while True:
        pass
except BaseException:
    print('UNREACHABLE except')
finally:
    print('UNREACHABLE finally')
