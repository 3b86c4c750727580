# expect: ok
match {'__proto__': 1, 'constructor': 2}:
    case {'__proto__': p, 'constructor': c, **rest}:
        print(p, c, rest)
match {'toString': 1}:
    case {'valueOf': v}:
        print('wrong')
    case _:
        print('no valueOf key')
