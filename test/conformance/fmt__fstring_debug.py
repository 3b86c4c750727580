# The f-string `=` debugging form, with conversions, specs and expressions.
price = 19.989
qty = 3
name = 'Widget'
tags = ['new', 'sale']
stock = {'A1': 5}
print(f'{price=}')
print(f'{price=:.2f}')
print(f'{price = :>10.1f}')
print(f'{name=}', f'{name=!s}', f'{name=!a}')
print(f'{qty * price=:.3f}')
print(f'{tags[0]=} {tags[-1].upper()=}')
print(f"{stock['A1']=}")
print(f'{len(tags)=:03d}')
print(f'{name.lower()!r:>12}')
print(f'{"nested"=}')
print(f'{qty=}{qty=}')
def total(p, q): return p * q
print(f'{total(price, qty)=:,.2f}')
print(f'{price:{qty + 5}.{qty - 1}f}|')
width = 12
print(f'{name:*^{width}}', f'{name!r:-<{width}}')
print(f'{qty:b} {qty:#x} {qty:+} {-qty:05}')
print(f'{"%d%%" % 50:>6}', f'{{literal}}', f'{{{qty}}}')
print(f'{None=}', f'{True=:>6}', f'{3.0=}', f'{1e20=}', f'{-0.0=}')
