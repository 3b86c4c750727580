# expect: error RecursionError: maximum recursion depth exceeded in comparison
def deep():
    l = []
    for i in range(100000):
        l = [l]
    return l
keys = [deep(), deep()]
sorted([0, 1], key=lambda i: keys[i])
