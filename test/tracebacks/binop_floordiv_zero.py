def ratio(a, b):
    return (a + 1) // (b - 2)

print("start")
result = ratio(5, 2)
