# expect: limit ops
d = dict.fromkeys(range(10**5))
while True:
    d.keys() == d.keys()
