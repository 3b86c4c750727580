# A column formatter that assumes integer data: 'd' on a float fails.
columns = [('count', 'd'), ('ratio', '.2%'), ('label', '>8s'), ('hex', '#06x')]
rows = [(3, 0.25, 'alpha', 255), (10, 1.0, 'beta', 16), (7, 0.5, 'gamma', 4096)]
for row in rows:
    print(' | '.join(format(v, spec) for v, (_, spec) in zip(row, columns)))
print(format(3.0, 'g'), format(3, 'f'), format(True, 'd'), format(7, '.1e'))
for v, spec in [('x', 'd'), (1, 's'), (2.5, 'x'), ('abc', '=5'), (5, '.2s'), (1, ',x'), ('a', ',')]:
    try:
        format(v, spec)
    except ValueError as e:
        print('ValueError:', e)
rows.append((2.5, 0.1, 'delta', 1))
print('formatting a row with a float count...')
for row in rows[-1:]:
    print(' | '.join(format(v, spec) for v, (_, spec) in zip(row, columns)))
