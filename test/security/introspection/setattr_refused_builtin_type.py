# expect: error TypeError: cannot set '__subclasses__' attribute of immutable type 'int'
# Builtin types refuse every store, refused names included, with CPython's wording.
setattr(int, '__subcl' + 'asses__', lambda: [])
