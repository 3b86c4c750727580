d = {}
del d["a"]
