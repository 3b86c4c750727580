# Custom exception hierarchies for a validation layer.


class ValidationError(Exception):
    pass


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(f"missing field: {field}")
        self.field = field


class OutOfRange(ValidationError):
    def __init__(self, field, value, low, high):
        super().__init__(f"{field}={value} not in [{low}, {high}]")
        self.field = field
        self.value = value


RULES = {"age": (0, 130), "quantity": (1, 1000)}


def validate(record):
    for field in ("name", "age", "quantity"):
        if field not in record:
            raise MissingField(field)
    for field, (low, high) in RULES.items():
        if not low <= record[field] <= high:
            raise OutOfRange(field, record[field], low, high)
    return True


records = [
    {"name": "ok", "age": 30, "quantity": 5},
    {"name": "no-age", "quantity": 1},
    {"name": "old", "age": 200, "quantity": 1},
    {"name": "zero", "age": 20, "quantity": 0},
]

errors = []
for rec in records:
    try:
        validate(rec)
        print(rec["name"], "valid")
    except MissingField as e:
        print(rec["name"], "missing:", e.field)
        errors.append(e)
    except ValidationError as e:
        print(rec["name"], "invalid:", e)
        errors.append(e)

print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
print(isinstance(errors[0], ValidationError), isinstance(errors[0], Exception), issubclass(OutOfRange, ValidationError))
e = ValidationError("a", 1)
print(e.args, str(e), repr(e))
print(repr(MissingField("x")), MissingField("x").args)
try:
    raise OutOfRange("temp", -300, -273, 1000)
except (MissingField, OutOfRange) as err:
    print("tuple except:", type(err).__name__, err.value)
