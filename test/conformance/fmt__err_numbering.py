# Mixing automatic and manual field numbering in one template is an error.
print('{} {} {}'.format('a', 'b', 'c'))
print('{2} {1} {0}'.format('a', 'b', 'c'))
print('{0} {0} {1}'.format('x', 'y'), '{} {name}'.format(1, name='n'))
print('{0}{{}}{1}'.format('[', ']'), '{{{}}}'.format('inner'))
try:
    '{} {'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    'x } y'.format()
except ValueError as e:
    print('ValueError:', e)
try:
    '{:{}:{}}'.format(1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
template = 'Item {0}: {} units'
print('rendering', repr(template))
print(template.format('apple', 3))
