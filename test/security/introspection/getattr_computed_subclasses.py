# expect: error AttributeError: type object 'int' has no attribute '__subclasses__'
# Computing the dunder at run time must look exactly like a missing attribute.
name = '__subcl' + 'asses__'
getattr(int, name)
