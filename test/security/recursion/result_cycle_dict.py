# expect: error ValueError: Circular reference detected in the result
d = {}
d['self'] = d
d
