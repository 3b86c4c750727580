# expect: error AttributeError: 'NoneType' object has no attribute 'foo'
x = None
x.foo
