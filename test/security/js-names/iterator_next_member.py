# expect: error AttributeError: 'list_iterator' object has no attribute 'next'
iter([1]).next()
