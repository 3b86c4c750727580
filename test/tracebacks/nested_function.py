def outer(xs):
    def inner(x):
        return x.strip()
    return [inner(x) for x in xs]

print(outer([" a ", 5]))
