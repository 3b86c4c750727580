# expect: error AttributeError: type object 'Owner' has no attribute '__dict__'
# The script's own descriptor receives the owner class; its internals stay out of reach.
class Desc:
    def __get__(self, obj, owner):
        return getattr(owner, '__di' + 'ct__')
class Owner:
    d = Desc()
Owner().d
