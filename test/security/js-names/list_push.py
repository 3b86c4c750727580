# expect: error AttributeError: 'list' object has no attribute 'push'
[].push(1)
