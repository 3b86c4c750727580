# expect: rejected E101
# Deriving from the builtin type makes a metaclass.
class Meta(type):
    def __call__(cls):
        return 1
