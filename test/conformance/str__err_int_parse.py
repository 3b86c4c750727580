# Reading quantities from form input; int() rejects stray characters.
inputs = ['42', ' 7 ', '-3', '+10', '1_000', '0x1f', '٣', '12.5', '', 'twelve']
for raw in inputs:
    try:
        print(f'{raw!r:>10} -> {int(raw)}')
    except ValueError as e:
        print(f'{raw!r:>10} -> ValueError: {e}')
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('z', 36), int('  -0  '))
for raw, base in [('12', 1), ('9', 8)]:
    try:
        int(raw, base)
    except ValueError as e:
        print('ValueError:', e)
total = 0
for raw in ['3', '4', '5 pcs']:
    print('adding', repr(raw))
    total += int(raw)
print(total)
