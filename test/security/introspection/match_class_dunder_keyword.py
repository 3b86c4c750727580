# expect: rejected E200
class A:
    pass
match A():
    case A(__dict__=d):
        print(d)
