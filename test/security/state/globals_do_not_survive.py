# expect: ok
try:
    marker
    print('UNREACHABLE: a global survived the previous run')
except NameError:
    print('fresh')
marker = 1
