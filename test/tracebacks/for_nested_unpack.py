for i, (a, b) in enumerate([(1, 2), (3,)]):
    print(i, a, b)
