def fib(n):
    if n < 0:
        raise ValueError("negative")
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10))
print(fib(-1))
