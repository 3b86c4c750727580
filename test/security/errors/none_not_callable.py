# expect: error TypeError: 'NoneType' object is not callable
# Python's wording, never JavaScript's ('is not a function').
f = None
f()
