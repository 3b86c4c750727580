# Money amounts: rounding to cents, half-even effects of float formatting, and integer cents.
amounts = [0.125, 0.135, 2.675, 1.005, 10.0, 1234567.891, -0.004, 0.5, 1.5, 2.5]
print(f"{'value':>14} {'.2f':>12} {'round':>8} {'cents':>8} {'.0f':>5}")
for a in amounts:
    cents = round(a * 100)
    print(f'{a!r:>14} {a:>12,.2f} {round(a, 2)!r:>8} {cents:>8} {a:>5.0f}')
def fmt_cents(c):
    sign = '-' if c < 0 else ''
    c = abs(c)
    return f'{sign}${c // 100:,}.{c % 100:02d}'
ledger = [('coffee', 450), ('refund', -1299), ('rent', 150000), ('tip', 5)]
for what, c in ledger:
    print(f'{what:<8}{fmt_cents(c):>14}')
print(f"{'total':<8}{fmt_cents(sum(c for _, c in ledger)):>14}")
split = 10000 // 3
print([fmt_cents(split + (1 if i < 10000 % 3 else 0)) for i in range(3)])
print('%.2f %.2f %.3f' % (0.125, 0.375, 1.0005), '{:.1f} {:.1f}'.format(0.25, 0.35))
print(format(1e-3, '.2e'), format(123456789, '.3e'), format(0.1 + 0.2, '.17g'), format(1/3, '.15'))
