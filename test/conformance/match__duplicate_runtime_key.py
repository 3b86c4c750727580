# Value-pattern keys are checked for duplicates when the case is tried (a ValueError at run time).


class Keys:
    NAME = "name"
    ALIAS = "name"
    AGE = "age"


people = [{"name": "ada", "age": 36}, {"name": "lin"}, {"nick": "s"}]


def summary(p):
    match p:
        case {Keys.NAME: n, Keys.AGE: a}:
            return f"{n} is {a}"
        case {"nick": nick}:
            return f"nicknamed {nick}"
        case {Keys.NAME: n, Keys.ALIAS: again}:
            return f"{n} also {again}"
    return "?"


print(summary(people[0]))
print(summary(people[2]))
print(summary({"x": 1}))
print(summary(people[1]))
print(summary({"name": "bo", "other": 1}))
