keys = ["a", "b"]
lengths = {k: len(k) for k in keys}
print(lengths)
bad = {k: k + 1 for k in keys}
