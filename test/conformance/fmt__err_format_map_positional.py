# format_map renders named fields from a mapping; positional fields are an error.
class Row(dict):
    def __missing__(self, key):
        return f'<{key}?>'

row = Row(sku='A-1', qty=3, price=2.5)
print('{sku}: {qty} x {price:.2f}'.format_map(row))
print('{sku} {colour}'.format_map(row))
print('{qty:>{width}}'.format_map(Row(qty=7, width=5)))
print('{{sku}} stays literal, {sku} does not'.format_map(row))
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
try:
    '{a}'.format_map([])
except TypeError as e:
    print('TypeError:', e)
line = 'Total for {sku}: {}'
print('rendering', repr(line))
print(line.format_map(row))
