# expect: error AttributeError: 'generator' object has no attribute 'gi_frame'
# A field with an internal (non-dunder) name built at run time is refused like a missing attribute
# (restrict refuses the literal form statically, E205).
def gen():
    yield 1
('{0.gi_' + 'frame}').format(gen())
