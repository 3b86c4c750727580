# expect: error AttributeError: type object 'object' has no attribute '__subclasses__'
o = type(()).mro()[-1]
getattr(o, '__subcl' + 'asses__')()
