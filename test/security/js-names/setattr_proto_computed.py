# expect: error AttributeError: 'A' object has no attribute '__proto__'
# __proto__ is a dunder outside the allowlist: refused on store too, never reaching a JS prototype.
class A:
    pass
setattr(A(), '__pro' + 'to__', None)
