class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(record):
    if "id" not in record:
        raise ValidationError("id", "is required")

validate({"name": "x"})
