# expect: rejected E200
# Expressions inside f-strings are checked after NFKC as well.
print(f"{len._＿self__}")
