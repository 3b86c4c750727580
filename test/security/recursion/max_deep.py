# expect: error RecursionError: maximum recursion depth exceeded in comparison
def deep():
    l = []
    for i in range(5000):
        l = [l]
    return l
max(deep(), deep())
