# expect: rejected E203
# A def named (after NFKC) __import__ outside a class body.
def _＿import__(name):
    return name
print(_＿import__("os"))
