def bucket(n, size):
    return n % size

print([bucket(i, 3 - i) for i in range(5)])
