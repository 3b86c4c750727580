# expect: limit output
# Megabyte lines until the default output cap.
while True:
    print('z' * 1000000)
