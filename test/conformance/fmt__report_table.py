# A sales report table with alignment, thousands separators, percentages and totals.
rows = [
    ('North', 'Widgets', 1520, 12.5),
    ('South', 'Gadgets', 98000, 3.25),
    ('East', 'Doohickeys', 7, 1999.0),
    ('West', 'Widgets', 450, 12.5),
]
headers = ('Region', 'Product', 'Units', 'Price', 'Revenue', 'Share')
revenues = [u * p for _, _, u, p in rows]
total = sum(revenues)
fmt = '{:<6} {:<11} {:>7} {:>9} {:>12} {:>7}'
print(fmt.format(*headers))
print(fmt.format(*('-' * len(h) for h in headers)))
for (region, product, units, price), rev in zip(rows, revenues):
    print(fmt.format(region, product, f'{units:,}', f'{price:.2f}', f'{rev:,.2f}', f'{rev / total:.1%}'))
print('=' * 57)
print('{:<18} {:>7,} {:>9} {:>12,.2f} {:>7.0%}'.format('TOTAL', sum(r[2] for r in rows), '', total, 1))
print()
print('{:^57}'.format(' Top product '))
best = max(zip(rows, revenues), key=lambda t: t[1])
print('{0[0][1]} in {0[0][0]}: {0[1]:_.0f}'.format(best))
print('{:*^30}'.format('end'))
print('{:>+10.3f}|{:<+10.1e}|{:^10g}'.format(3.14159, -12345.678, 0.0001))
print('{:08.2f} {:08d} {:#010x} {:=+8d}'.format(-3.5, 42, 255, 7))
print('{:,}'.format(10 ** 20), '{:_b}'.format(1023), '{:o}'.format(64))
print('[{:10}] [{:<10}] [{:10}]'.format('text', 42, 4.5))
print('{:.3}|{:.0}|{:.10}'.format('abcdef', 'xyz', 'short'))
print('{:n} {:g} {:G} {:e}'.format(1234567, 1e16, 1e-10, 0.0))
print('{:%}'.format(1 / 3), '{:.2%}'.format(2))
