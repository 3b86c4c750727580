# expect: error AttributeError: 'A' object has no attribute 'f_globals'
# Internal names are refused on every object, so no script object can impersonate a frame.
class A:
    pass
a = A()
setattr(a, 'f_' + 'globals', {})
