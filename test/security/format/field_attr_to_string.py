# expect: error AttributeError: 'str' object has no attribute 'toString'
'{0.toString}'.format('s')
