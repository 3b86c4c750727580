# Pairs up records from two generators by hand with next(); one runs dry (StopIteration).


def ids():
    for n in range(101, 105):
        yield n


def names():
    for name in ["ada", "bea", "cal", "dan", "eli"]:
        yield name.title()


id_gen = ids()
name_gen = names()
pairs = []
for i in range(3):
    pairs.append((next(id_gen), next(name_gen)))
print(pairs)
print("next with default:", next(iter([]), "empty"))
while True:
    name = next(name_gen)
    ident = next(id_gen)
    print("paired", ident, name)
