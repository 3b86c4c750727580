# expect: ok
s = {'__proto__', 'constructor'}
s.add('toString')
print(len(s), '__proto__' in s, 'valueOf' in s, sorted(s))
print(sorted(frozenset(['then', '__proto__'])))
