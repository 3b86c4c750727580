# %-formatting with mappings, star widths, and the conversion types side by side.
record = {'name': 'Ørsted', 'score': 93.456, 'rank': 3, 'ratio': 0.0712, 'id': 255}
print('%(name)s scored %(score).1f (rank #%(rank)d)' % record)
print('%(name)-10s|%(score)8.2f|%(rank)03d|%(ratio).2e|%(id)#x' % record)
print('%(name)r %(name)a %%' % record)
for width in (4, 8, 12):
    print('[%*s] [%-*s] [%*.*f]' % (width, 'ab', width, 'cd', width, 2, 3.14159))
print('%s|%5s|%-5s|%.1s' % ('x', 'y', 'z', 'long'))
print('%d|%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42, 42))
print('%x|%X|%#x|%#X|%o|%#o' % (3054, 3054, 3054, 3054, 8, 8))
print('%e|%E|%.3e|%g|%G|%.3g' % (1234.5, 1234.5, 0.000123, 1e-5, 1e20, 1234.5))
print('%f|%.0f|%.1f|%10.3f|%-10.3f|' % (1.5, 2.5, 0.05, -1.0, 1.0))
print('%c%c|%5c|%-3c|' % ('h', 105, 'x', 'y'))
print('%s %s' % (None, [1, 'a']), '%r' % ({'k': 'v'},), '%s' % ((1, 2),))
print('100%% sure' % (), 'no args' % {}, '%s' % 'single')
print('%.3s|%5.2s|' % ('abcdef', 'xyz'), '%i %u' % (True, 7))
print('%(a)s %(a)s %(b)d' % {'a': 'twice', 'b': 2.9})
