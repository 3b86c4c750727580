# expect: error AttributeError: type object 'object' has no attribute '__subclasses__'
# Computed lookups inside a class body go through the same guard.
class A:
    subs = getattr(object, '__subcl' + 'asses__')
