# expect: rejected E205
# Fullwidth gi is gi: gi_frame.
g = (x for x in [1])
print(g.ｇｉ_frame)
