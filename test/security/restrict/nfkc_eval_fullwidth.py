# expect: rejected E201
# Fullwidth letters NFKC-normalise to eval.
ｅｖａｌ("1 + 1")
