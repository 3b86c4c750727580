# expect: error ValueError
s = str(10 ** 5000)
