# Sorting records with key functions, reverse, stability and multi-key ordering.

people = [
    {"name": "Maya", "dept": "eng", "age": 31, "salary": 120000},
    {"name": "Omar", "dept": "ops", "age": 45, "salary": 95000},
    {"name": "Lin", "dept": "eng", "age": 28, "salary": 120000},
    {"name": "Ana", "dept": "sales", "age": 38, "salary": 70000},
    {"name": "Ben", "dept": "ops", "age": 31, "salary": 88000},
    {"name": "Zoe", "dept": "eng", "age": 52, "salary": 150000},
]

by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
by_salary_desc = sorted(people, key=lambda p: p["salary"], reverse=True)
print([(p["name"], p["salary"]) for p in by_salary_desc])
# Stable: equal salaries keep original order (Maya before Lin).
print([p["name"] for p in sorted(people, key=lambda p: -p["salary"])])
by_dept_then_age = sorted(people, key=lambda p: (p["dept"], -p["age"]))
print([(p["dept"], p["name"]) for p in by_dept_then_age])

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))

nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted((3, 1, 2)), sorted("corral"), sorted({5: "a", 1: "b", 3: "c"}))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))


def rank(scores):
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    result = []
    prev = None
    place = 0
    for i, (name, score) in enumerate(ordered, start=1):
        if score != prev:
            place = i
            prev = score
        result.append(f"{place}. {name} ({score})")
    return result


for line in rank({"ann": 90, "bo": 85, "cy": 90, "di": 70, "ed": 85}):
    print(line)
print(max(people, key=lambda p: p["age"])["name"], min(words, key=len), max(words, key=len))
