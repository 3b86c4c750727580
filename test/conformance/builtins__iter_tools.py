# enumerate, zip (strict), map with several iterables, filter(None), iter/next with defaults.
names = ["ada", "bob", "cy"]
ages = [36, 41, 29]
print(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate(names, start=-1)))
print(list(zip(names, ages)), dict(zip(names, ages)), list(zip(names, ages, "xyz", strict=True)))
print(list(zip(names, range(100))), list(zip()), list(zip("ab")))
print(list(map(str.upper, names)), list(map(lambda a, b: f"{a}:{b}", names, ages)), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 9], [5, 2], [3, 3])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda a: a > 30, ages)), list(filter(str.isdigit, "a1b22c")))
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
squares = map(lambda v: v * v, range(5))
print(next(squares), list(squares), list(squares))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
counter = iter(range(3))
print(list(zip(counter, counter)))
pairs = enumerate("xy")
print(next(pairs), list(pairs))
print(list(reversed(names)), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
print(sorted(zip(ages, names)), max(zip(ages, names)), list(map(len, names)), list(map(abs, [-1, 2])))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    next(names)
except TypeError as e:
    print("TypeError:", e)
