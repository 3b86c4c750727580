# expect: error AttributeError: 'int' object has no attribute 'constructor'
getattr(1, 'constructor')
