a, b, c = 1, 2, "3"
value = a * 2 + b * 3 + c
