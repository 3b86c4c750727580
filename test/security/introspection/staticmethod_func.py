# expect: error AttributeError: 'staticmethod' object has no attribute '__func__'
# Reaching the wrapped function (and from it __globals__) through a computed __func__.
sm = staticmethod(len)
getattr(sm, '__fu' + 'nc__')
