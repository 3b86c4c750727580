try:
    try:
        1/0
    except ZeroDivisionError:
        int("x")
except ValueError:
    {}["k"]
