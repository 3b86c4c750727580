vals = [1, 2]
print(vals[len(vals)])
