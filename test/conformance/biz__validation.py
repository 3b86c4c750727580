# Validates signup records: email shape, password strength, age and duplicate usernames.


def check_email(email):
    if email.count("@") != 1:
        return "must contain exactly one @"
    local, domain = email.split("@")
    if not local or not domain:
        return "empty local part or domain"
    if "." not in domain or domain.startswith(".") or domain.endswith("."):
        return "domain needs a dot inside it"
    return None


def check_password(pw):
    problems = []
    if len(pw) < 8:
        problems.append("too short")
    if not any(c.isdigit() for c in pw):
        problems.append("no digit")
    if not any(c.isupper() for c in pw):
        problems.append("no uppercase")
    if pw.lower() in ("password1", "letmein123"):
        problems.append("too common")
    return problems


def validate(records):
    seen = set()
    report = []
    for rec in records:
        errors = {}
        user = rec.get("user", "").strip().lower()
        if not user:
            errors["user"] = "required"
        elif user in seen:
            errors["user"] = "duplicate"
        seen.add(user)
        err = check_email(rec.get("email", ""))
        if err:
            errors["email"] = err
        pw_problems = check_password(rec.get("password", ""))
        if pw_problems:
            errors["password"] = ", ".join(pw_problems)
        age = rec.get("age")
        if not isinstance(age, int) or isinstance(age, bool) or not 13 <= age <= 120:
            errors["age"] = f"invalid age {age!r}"
        report.append((user or "<none>", errors))
    return report


records = [
    {"user": "Ada", "email": "ada@example.org", "password": "Engine1843", "age": 36},
    {"user": "ada", "email": "ada2@example.org", "password": "Password1", "age": 36},
    {"user": "bob", "email": "bob@@example.org", "password": "short", "age": 12},
    {"user": " ", "email": "x@y", "password": "NoDigitsHere", "age": "40"},
    {"user": "cy", "email": "cy@mail.co", "password": "G00dEnough", "age": True},
    {"user": "di", "email": "@mail.co", "password": "letmein123", "age": 121},
]
for user, errors in validate(records):
    if not errors:
        print(f"{user}: OK")
        continue
    print(f"{user}: {len(errors)} problem(s)")
    for field in sorted(errors):
        print(f"    {field}: {errors[field]}")
valid = sum(1 for _, e in validate(records) if not e)
print(f"{valid}/{len(records)} valid")
