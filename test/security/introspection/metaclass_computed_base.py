# expect: error TypeError: cannot subclass 'type': metaclasses are not supported
# A base computed at run time gets past the static check; the runtime refuses it.
t = type
class Meta(t):
    pass
