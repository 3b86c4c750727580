# expect: error AttributeError: 'A' object has no attribute '__dict__'
# object.__setattr__ is allowed (scripts delegate to it); the name it is given is still policed.
class A:
    pass
object.__setattr__(A(), '__di' + 'ct__', {})
