# expect: rejected E205
# Internal (non-dunder) attributes in a literal format field.
g = (x for x in [1])
print("{0.gi_frame.f_globals}".format(g))
