# Classes that control their own formatting through __format__, __str__ and __repr__.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ('C', 'F', 'K') else 'C'
        num_spec = spec[:-1] if spec[-1:] in ('C', 'F', 'K') else spec
        value = {'C': self.celsius, 'F': self.celsius * 9 / 5 + 32, 'K': self.celsius + 273.15}[unit]
        return f'{value:{num_spec or ".1f"}}°{unit}'
    def __str__(self):
        return f'{self:C}'
    def __repr__(self):
        return f'Temperature({self.celsius!r})'

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Tag:
    def __str__(self):
        return '<tag>'

t = Temperature(21.5)
print(f'{t}', f'{t:F}', f'{t:.0K}', f'{t:>8.2C}', str(t), repr(t))
print('{0} {0:F} {0!r} {0!s:>12}'.format(t))
print(format(t, '.3F'), [t], f'{[t]}')
p = Point(1, 2)
print(f'{p}', f'{p!s}', f'{p!r:>12}', '{:}'.format(p), format(p))
print(f'{Tag()}', f'{Tag()!r}'[:13], '{0!s:*^9}'.format(Tag()))
for obj, spec in [(p, '>10'), (Tag(), 'x'), (None, '5'), ([1, 2], '^9'), ((1,), 's')]:
    try:
        print(format(obj, spec))
    except TypeError as e:
        print('TypeError:', e)
class Weird:
    def __format__(self, spec):
        return 42
try:
    f'{Weird()}'
except TypeError as e:
    print('TypeError:', e)
print(f'{p.x:03d}/{p.y:<3}|', f'{t.celsius:+.1f}', f'{len(repr(p)):x}')
