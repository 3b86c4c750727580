# %-formatting a status line where a count arrives as a string.
stats = [('parsed', 120), ('skipped', 3), ('failed', 0)]
for label, n in stats:
    print('%-8s: %4d (%5.1f%%)' % (label, n, 100.0 * n / 123))
print('%s items, %r' % (len(stats), stats[0]))
for args in [(1, 2, 3), ('x',), ()]:
    try:
        print('%d-%d' % args)
    except TypeError as e:
        print('TypeError:', e)
try:
    print('%d apples' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%(n)d' % {'m': 1})
except KeyError as e:
    print('KeyError:', e)
try:
    print('%q' % 5)
except ValueError as e:
    print('ValueError:', e)
raw_count = '17'
print('reporting raw count...')
print('%5d records' % raw_count)
