n = None
while n > 0:
    pass
