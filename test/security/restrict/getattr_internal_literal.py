# expect: rejected E205
# A literal internal name given to getattr.
g = (x for x in [1])
print(getattr(g, "gi_frame"))
