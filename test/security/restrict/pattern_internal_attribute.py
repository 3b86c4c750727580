# expect: rejected E205
# A class pattern keyword naming a frame attribute.
g = (x for x in [1])
match g:
    case object(gi_frame=fr):
        print(fr)
