# expect: error RecursionError
l = []
for i in range(100000):
    l = [l]
l
