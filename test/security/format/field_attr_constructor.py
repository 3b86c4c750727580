# expect: error AttributeError: 'int' object has no attribute 'constructor'
'{0.constructor}'.format(1)
