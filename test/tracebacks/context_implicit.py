def risky():
    return {}["missing"]

try:
    risky()
except KeyError:
    print("handling")
    undefined_name
