def outer():
    def inner():
        return [y for y in range(3) if y / 0]
    return inner()
outer()
