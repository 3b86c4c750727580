# Plain tuples as lightweight records: sorting by fields, grouping, min/max, tuple comparison errors.
Employee = tuple
staff = [
    ("ana", "eng", 3, 120),
    ("bo", "ops", 5, 95),
    ("cy", "eng", 1, 105),
    ("di", "eng", 3, 120),
    ("ed", "ops", 2, 80),
]
NAME, DEPT, LEVEL, PAY = range(4)
print(sorted(staff, key=lambda e: (e[DEPT], -e[PAY], e[NAME])))
print(max(staff, key=lambda e: (e[PAY], e[NAME])), min(staff, key=lambda e: e[LEVEL]))
by_dept = {}
for e in staff:
    by_dept.setdefault(e[DEPT], []).append(e)
for dept, members in sorted(by_dept.items()):
    pays = [m[PAY] for m in members]
    print(dept, len(members), sum(pays), round(sum(pays) / len(pays), 2), max(pays) - min(pays))
promoted = [e[:LEVEL] + (e[LEVEL] + 1,) + e[LEVEL + 1:] for e in staff if e[PAY] >= 105]
print(promoted)
print(staff[0] < staff[1], staff[0] < staff[3], ("ana", "eng") in [e[:2] for e in staff])
print(tuple(sorted(set(e[DEPT] for e in staff))), tuple(e[NAME] for e in staff if e[LEVEL] == 3))
ranking = sorted(enumerate(staff), key=lambda ie: ie[1][PAY], reverse=True)
print([(i, e[NAME]) for i, e in ranking])
print(len(staff[0]), staff[0].index("eng"), staff[1][-1], staff[-1][1:3], staff[2][::-2])
records = [(1, "x"), (1, None)]
