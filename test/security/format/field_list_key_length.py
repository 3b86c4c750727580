# expect: error TypeError: list indices must be integers or slices, not str
'{0[length]}'.format([1, 2])
