# expect: error KeyError: '__proto__'
'{0[__proto__]}'.format({})
