saved = None
try:
    int("abc")
except ValueError as e:
    saved = e

print("later")
raise saved
