# Building a CSV line from mixed values: works after str(), fails on the raw join.
row = ['id', 42, 'name', 3.5]
print(','.join(str(v) for v in row))
print(','.join(map(str, row)))
labels = ['a', 'b', 'c']
print('-'.join(labels), ''.join(reversed(labels)), ', '.join([]))
print(' '.join('abc'), '+'.join(('x', 'y')), '|'.join({'k': 1, 'j': 2}))
try:
    print(''.join(5))
except TypeError as e:
    print('TypeError:', e)
try:
    print(' '.join(['ok', None]))
except TypeError as e:
    print('TypeError:', e)
print('joining raw row...')
print(','.join(row))
