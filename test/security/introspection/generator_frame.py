# expect: error AttributeError: 'generator' object has no attribute 'gi_frame'
# Not a dunder, but gi_frame.f_globals is the module namespace.
def gen():
    yield 1
getattr(gen(), 'gi_' + 'frame')
