# expect: error KeyError: 'constructor'
# An item part names a key, never a JavaScript member of the dict.
'{0[constructor]}'.format({})
