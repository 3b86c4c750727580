# expect: error AttributeError: 'int' object has no attribute 'constructor'
for name in ['__proto__', 'toString', 'valueOf']:
    try:
        getattr(1, name)
    except AttributeError as e:
        print(e)
getattr(1, 'constructor')
