# expect: error AttributeError: attribute '__class__' of 'A' objects is not writable
# Reassigning __class__ would change an object's type under the runtime.
class A:
    pass
class B:
    pass
setattr(A(), '__cla' + 'ss__', B)
