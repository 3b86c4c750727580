def use(a, b):
    with a as x, b:
        if x:
            return 1
    with a as (p, q):
        pass
    return 2
