# expect: error AttributeError: type object 'type' has no attribute '__subclasses__'
# type(type(x)) is type; its methods stay out of reach.
t = type(type(1))
getattr(t, '__subclasses' + '__')
