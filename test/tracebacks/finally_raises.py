def f():
    try:
        print("try")
    finally:
        raise ValueError("from finally")

f()
