# expect: error AttributeError: type object 'int' has no attribute '__mro__'
# The classic escape starts by walking __mro__ up to object.
getattr(int, '__m' + 'ro__')
