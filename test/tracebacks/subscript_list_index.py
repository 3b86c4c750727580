rows = [[1, 2], [3, 4]]
print(rows[1][5])
