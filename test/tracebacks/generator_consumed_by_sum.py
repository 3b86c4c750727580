def gen(n):
    for i in range(n):
        yield i / (i - 2)
print(sum(gen(5)))
