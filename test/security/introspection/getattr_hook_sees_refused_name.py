# expect: ok
# A script's __getattr__ is called for a refused name, as CPython calls it for a missing one;
# it only ever sees the string the script built.
class Proxy:
    def __getattr__(self, name):
        return 'proxied ' + name
p = Proxy()
print(getattr(p, '__glo' + 'bals__'))
print(hasattr(p, '__di' + 'ct__'))
print(('{0.__co' + 'de__}').format(p))
