# expect: error AttributeError: 'generator' object has no attribute 'gi_frame'
# A literal field with an internal (non-dunder) name is refused at run time.
def gen():
    yield 1
'{0.gi_frame}'.format(gen())
