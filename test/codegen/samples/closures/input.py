counter = 0

def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def bump():
    global counter
    counter += 1

def shadow():
    counter = 'local'
    def inner():
        global counter
        return counter
    return inner()

inc = make()
inc()
bump()
