café = {"crème": 1}
print(café["brûlée"])
