# Building a status message by concatenation: fine until a number sneaks in.
parts = ['status', 'ok']
msg = parts[0] + ': ' + parts[1]
print(msg, len(msg))
msg += ' (' + str(3) + ' checks)'
print(msg)
print('=' * 10 + '>', 'ab' * 3, 3 * 'xy', '-' * 0 + '|', 'x' * -2 + '|')
count = 7
print(f'{count} items', 'items: %d' % count, 'items: ' + repr(count))
try:
    'a' * 2.5
except TypeError as e:
    print('TypeError:', e)
try:
    'a' - 'b'
except TypeError as e:
    print('TypeError:', e)
total = 12.5
print('about to concatenate a float...')
print('total: ' + total)
