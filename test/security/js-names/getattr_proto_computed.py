# expect: error AttributeError: 'dict' object has no attribute '__proto__'
getattr({}, '__pro' + 'to__')
