# expect: error AttributeError: 'KeyError' object has no attribute '__traceback__'
try:
    {}['k']
except KeyError as e:
    ('{0.__trace' + 'back__}').format(e)
