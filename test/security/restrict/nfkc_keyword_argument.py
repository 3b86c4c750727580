# expect: rejected E203
# Keyword-argument names are normalised; a dunder one is refused.
print(dict(_＿globals__=1))
