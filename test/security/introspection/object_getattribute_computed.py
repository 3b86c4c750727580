# expect: error AttributeError: type object 'object' has no attribute '__getattribute__'
# object.__getattribute__ would be a second, unguarded attribute lookup.
ga = getattr(object, '__getattri' + 'bute__')
