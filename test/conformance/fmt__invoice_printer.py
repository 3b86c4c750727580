# An invoice printed with %-formatting and f-strings side by side.
items = [
    ('SKU-001', 'Coffee beans 1kg', 2, 18.90),
    ('SKU-017', 'Paper filters', 10, 0.35),
    ('SKU-230', 'Grinder (manual)', 1, 49.0),
]
VAT = 0.2
print('%-8s %-20s %5s %10s' % ('SKU', 'Item', 'Qty', 'Amount'))
print('%s' % ('-' * 46))
subtotal = 0.0
for sku, name, qty, price in items:
    amount = qty * price
    subtotal += amount
    print('%-8s %-20.20s %5d %10.2f' % (sku, name, qty, amount))
vat = subtotal * VAT
print('%36s %9.2f' % ('Subtotal', subtotal))
print('%36s %9.2f' % ('VAT %d%%' % (VAT * 100), vat))
print('%36s %9.2f' % ('Total', subtotal + vat))
print()
info = {'customer': 'ACME Ltd', 'no': 7, 'due': 30}
print('Invoice %(no)04d for %(customer)s, due in %(due)d days' % info)
print('%(customer)r has %(no)x in hex' % info)
print('%c%c%c' % (73, 78, 86), '%5.1f%%' % 99.44, '%+d %+d' % (5, -5))
print('%*s|%-*s|' % (8, 'right', 8, 'left'))
print('%.*f' % (3, 2.0 / 3), '%e' % 12345.678, '%g' % 0.00001234)
print('%o %x %X %#o %#x' % (8, 255, 255, 8, 255))
print('%s %r %a' % ('é', 'é', 'é'))
print('%i %u' % (3.99, -2.5))
print(f'{"Total":>36} {subtotal * (1 + VAT):9.2f}')
line = f"{'Due':<10}{info['due']:>3} days"
print(line, len(line))
