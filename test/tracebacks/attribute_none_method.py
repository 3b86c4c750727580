def find(items, key):
    for item in items:
        if item == key:
            return item

name = find(["a", "b"], "c")
print(name.upper())
