# expect: rejected E200
# A class pattern keyword is an attribute read, checked after NFKC.
match 1:
    case int(_＿dict__=d):
        print(d)
