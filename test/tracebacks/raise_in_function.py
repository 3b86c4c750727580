def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative")
    return age

for a in [3, 0, -2]:
    print(validate(a))
