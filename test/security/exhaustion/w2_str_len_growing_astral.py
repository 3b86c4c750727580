# expect: limit ops
# limits: maxOps=600000
# Growing a string with astral characters and taking len() each time stays linear.
s = '😀' * 5000
while True:
    s += '😀'
    n = len(s)
