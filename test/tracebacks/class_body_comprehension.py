class Meta:
    items = [1, 2]
    doubled = [i * k for i in items]
