# expect: error RecursionError: maximum recursion depth exceeded in comparison
a = []
a.append(a)
b = []
b.append(b)
a == b
