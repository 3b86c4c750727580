# expect: ok
# The ligature fi is the name fi after NFKC, as in CPython.
ﬁ = 1
ｘ = 2
print(fi, x)
