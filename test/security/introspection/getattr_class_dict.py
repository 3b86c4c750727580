# expect: error AttributeError: type object 'A' has no attribute '__dict__'
# A class's namespace (a mappingproxy in CPython) through a computed name.
class A:
    x = 1
getattr(A, '__di' + 'ct__')
