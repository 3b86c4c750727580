# expect: error AttributeError: 'str' object has no attribute 'constructor'
'abc'.constructor
