# Stable multi-key sorting of records, reverse order, and mixed-type sort errors.
people = [
    ("ana", "eng", 34, 120_000.0),
    ("bo", "ops", 29, 85_000.0),
    ("cy", "eng", 29, 130_000.0),
    ("di", "ops", 41, 85_000.0),
    ("ed", "hr", 34, 70_000.0),
    ("fay", "eng", 41, 120_000.0),
]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_pay = sorted(people, key=lambda p: (p[1], -p[3]))
print([(p[0], p[1], p[3]) for p in by_dept_then_pay])
rev = sorted(people, key=lambda p: p[3], reverse=True)
print([p[0] for p in rev])
step = sorted(people, key=lambda p: p[0], reverse=True)
step.sort(key=lambda p: p[1])
print([p[0] for p in step])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
nums = [5, -3, 2.5, 0, True, -7, 10**20]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5, 0, -2)))
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), min(pairs), max(pairs))
nested = [[3, [1]], [3, [0, 9]], [2]]
print(sorted(nested))
print(list(reversed(sorted(words))), sorted(words)[::-1] == sorted(words, reverse=True))
mixed = [3, "three", 1.5]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
print(sorted([None, 1]))
