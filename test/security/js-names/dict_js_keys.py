# expect: ok
# Keys named after JavaScript members are ordinary keys: length, membership, order, repr.
d = {'__proto__': 1, 'constructor': 2, 'toString': 3}
d['valueOf'] = 4
d['hasOwnProperty'] = 5
print(len(d), '__proto__' in d, 'constructor' in d, 'prototype' in d, 'isPrototypeOf' in d)
print(d)
print(list(d), list(d.values()))
del d['__proto__']
print(d, d.get('__proto__'), d.get('toString'), {}.get('constructor'))
d2 = dict(**{'__proto__': 1, 'constructor': 2})
print(d2, len(d2))
print(dict([('__proto__', 'a')]), dict(**{'__defineGetter__': 1}))
