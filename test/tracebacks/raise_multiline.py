def check(v):
    if v < 0:
        raise ValueError(
            f"negative: {v}"
        )
check(-1)
