# expect: error ValueError: Circular reference detected in the result
a = []
a.append(a)
a
