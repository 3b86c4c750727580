# A tiny template renderer built on str.format / format_map with a defaulting mapping.
class Defaults(dict):
    def __missing__(self, key):
        return '{' + key + '}'

class User:
    def __init__(self, name, email, tags):
        self.name = name
        self.email = email
        self.tags = tags

templates = {
    'greeting': 'Dear {user.name},\nYour tags: {user.tags[0]} and {user.tags[1]}.',
    'receipt': 'Order #{order[id]:05d} for {order[total]:>8.2f} EUR ({order[items]} items)',
    'partial': 'Hello {name}, your code is {code}.',
    'escaped': '{{not a field}} but {0} is',
    'positional': '{0}-{1}-{0}',
    'auto': '{} + {} = {}',
}
u = User('Ada', 'ada@example.com', ['admin', 'ops'])
print(templates['greeting'].format(user=u))
print(templates['receipt'].format(order={'id': 42, 'total': 1234.5, 'items': 3}))
print(templates['partial'].format_map(Defaults(name='Bob')))
print(templates['escaped'].format('this'))
print(templates['positional'].format('a', 'b'))
print(templates['auto'].format(1, 2, 1 + 2))
print('{name!r:>10}|{name!s:<6}|{name!a}'.format(name='né'))
print('{0:{fill}{align}{width}}'.format('mid', fill='~', align='^', width=11))
print('{:{}}|{:>{}}'.format('a', 4, 'b', 3))
for t in ['{missing}', '{0} {}', '{} {1}', 'bad }', 'bad {', '{0.nope}', '{5}', '{0[9]}', '{0!z}']:
    try:
        print(repr(t.format([1, 2])))
    except (KeyError, ValueError, IndexError, AttributeError) as e:
        print(t, '->', type(e).__name__, e)
print('{a[x]} {a[y]}'.format_map({'a': {'x': 1, 'y': [2]}}))
print(str.format('{}', 'unbound'))
