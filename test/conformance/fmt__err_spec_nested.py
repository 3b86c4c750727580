# Column widths come from configuration; a non-integer width breaks the nested spec.
config = {'name': 12, 'qty': 5, 'price': 9}
rows = [('bolt', 100, 0.05), ('nut', 250, 0.03)]
for name, qty, price in rows:
    print(f"{name:<{config['name']}}{qty:>{config['qty']}}{price:>{config['price']}.2f}")
print('{:>{}}|{:<{}}|'.format('r', 4, 'l', 4), '{0:{1}{2}}|'.format(7, '0', 3))
config['qty'] = 'wide'
print('rendering with qty width', repr(config['qty']))
for name, qty, price in rows:
    print(f"{name:<{config['name']}}{qty:>{config['qty']}}{price:>{config['price']}.2f}")
