# expect: error AttributeError: type object 'tuple' has no attribute '__bases__'
# ().__class__.__bases__[0].__subclasses__(), with the forbidden steps computed.
t = ().__class__
getattr(t, '__ba' + 'ses__')
