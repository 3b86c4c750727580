def total(xs):
    return (sum(xs)
            + len(xs) * "a")
total([1])
