# expect: ok
# Field attributes go through the script's __getattr__ like getattr() does.
class Anything:
    def __getattr__(self, name):
        return '<' + name + '>'
print(('{0.__glo' + 'bals__} {0.constructor} {0.x}').format(Anything()))
