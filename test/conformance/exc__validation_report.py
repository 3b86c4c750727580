# Validating records and collecting errors: exceptions as values, grouping by type,
# exceptions with structured args, and a final summary error raised with a chained cause.
class FieldError(ValueError):
    def __init__(self, field, message, value=None):
        super().__init__(field, message)
        self.field = field
        self.value = value

    def __str__(self):
        return f"{self.field}: {self.args[1]} (got {self.value!r})"


class RecordInvalid(Exception):
    def __init__(self, index, errors):
        super().__init__(f"record {index} has {len(errors)} error(s)")
        self.errors = errors


def check(record):
    errors = []
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(FieldError("name", "required", name))
    try:
        age = int(record.get("age", ""))
        if not 0 <= age <= 150:
            errors.append(FieldError("age", "out of range", age))
    except (TypeError, ValueError) as e:
        errors.append(FieldError("age", f"not a number [{type(e).__name__}]", record.get("age")))
    email = record.get("email", "")
    if "@" not in email:
        errors.append(FieldError("email", "missing @", email))
    return errors


records = [
    {"name": "Ann", "age": "34", "email": "ann@x.org"},
    {"name": " ", "age": "abc", "email": "nope"},
    {"name": "Bo", "age": None, "email": "bo@x.org"},
    {"age": "200"},
]
failures = []
for i, rec in enumerate(records):
    try:
        errs = check(rec)
        if errs:
            raise RecordInvalid(i, errs)
        print(f"record {i}: ok")
    except RecordInvalid as e:
        failures.append(e)
        print(e)
        for err in e.errors:
            print("   -", err, "| args:", err.args)
by_field = {}
for f in failures:
    for err in f.errors:
        by_field.setdefault(err.field, []).append(err.value)
print(by_field)
print([type(e).__name__ for e in failures], isinstance(failures[0].errors[0], ValueError))
if failures:
    raise RuntimeError(f"{len(failures)} invalid records") from failures[-1]
