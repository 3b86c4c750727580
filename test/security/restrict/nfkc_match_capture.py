# expect: rejected E203
# A capture pattern binding __builtins__.
match 1:
    case _＿builtins__:
        print(1)
