# expect: error TypeError: list.append() takes exactly one argument (0 given)
[].append()
