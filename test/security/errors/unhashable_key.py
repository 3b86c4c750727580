# expect: error TypeError: unhashable type: 'list'
d = {[]: 1}
