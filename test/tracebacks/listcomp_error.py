values = [4, 2, 0, 1]
inverse = [10 / v for v in values]
