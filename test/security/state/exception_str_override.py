# expect: error TypeError: cannot set '__str__' attribute of immutable type 'Exception'
print(str(Exception('plain')))
Exception.__str__ = lambda self: 'hacked'
