class Counter:
    pass

c = Counter()
c.hits += 1
