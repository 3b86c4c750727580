def check(n):
    assert n > 0, "n must be positive"
    return n

check(5)  # fine
check(-1)  # boom
