# expect: error AttributeError: 'function' object has no attribute '__globals__'
# A dict subclass's __missing__ supplies the value; the attribute path after it is still guarded.
def f():
    pass
class Defaults(dict):
    def __missing__(self, key):
        return f
('{anything.__glo' + 'bals__}').format_map(Defaults())
