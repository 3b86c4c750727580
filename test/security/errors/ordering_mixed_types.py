# expect: error TypeError: '<' not supported between instances of 'str' and 'int'
sorted([1, 'a'])
