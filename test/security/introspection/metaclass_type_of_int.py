# expect: error TypeError: cannot subclass 'type': metaclasses are not supported
class Meta(type(int)):
    def __call__(cls):
        return 1
