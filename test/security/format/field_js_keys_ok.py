# expect: ok
# Keys named after JavaScript members are ordinary keys.
d = {'constructor': 1, '__proto__': 2, 'toString': 3, 'length': 4}
print('{0[constructor]} {0[__proto__]} {0[toString]} {0[length]}'.format(d))
print('{constructor} {toString}'.format(**d))
print('{constructor}-{hasOwnProperty}'.format_map({'constructor': 'c', 'hasOwnProperty': 'h'}))
