# A till receipt laid out with nested format specs computed from the data.
items = [('Espresso', 2, 2.2), ('Croissant (butter)', 1, 1.95), ('Orange juice', 3, 3.5), ('Tip', 1, 1)]
name_w = max(len(n) for n, _, _ in items) + 2
money_w = 9
total = 0
lines = []
for name, qty, unit in items:
    amount = qty * unit
    total += amount
    lines.append(f'{name:<{name_w}}{qty:>3} x {unit:>{money_w}.2f}{amount:>{money_w + 2}.2f}')
width = len(lines[0])
title = 'CAFÉ CORRAL'
print(f'{title:^{width}}')
print(f'{"":-^{width}}')
print('\n'.join(lines))
print('-' * width)
for label, value in [('Subtotal', total), ('VAT 10%', total * 0.1), ('TOTAL', total * 1.1)]:
    print('{:>{w}}{:>{m}.2f}'.format(label, value, w=width - money_w - 2, m=money_w + 2))
print('=' * width)
paid = 30
print('{0:>{1}}{2:>{3},.2f}'.format('Cash', width - 11, paid, 11))
print('{0:>{1}}{2:>{3},.2f}'.format('Change', width - 11, paid - total * 1.1, 11))
print(f'{"Thank you!":*^{width}}')
print(f'{len(items)} items', f'{sum(q for _, q, _ in items):#x} units', f'{total / len(items):.{1 + 1}f} avg')
