def check(x):
    assert x == 1
check(2)
