# expect: limit ops
lst = [('a' * 200_000 + chr(65 + i % 50)) for i in range(40)]
while True:
    m = max(lst)
    m = min(lst)
    r = sorted(lst)
