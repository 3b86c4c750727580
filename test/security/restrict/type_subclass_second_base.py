# expect: rejected E101
# type as a later base is still a metaclass.
class Meta(int, type):
    pass
