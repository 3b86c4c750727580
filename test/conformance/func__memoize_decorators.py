# Decorators with and without arguments, a memoizing cache, functools-free wraps, attributes.
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.hits = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.cache = cache
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = f"{fn.__name__}_x{times}"
        return wrapper
    return decorate


def trace(label="call"):
    def decorate(fn):
        depth = [0]

        def wrapper(*args):
            print(f"{'  ' * depth[0]}{label} {fn.__name__}{args}")
            depth[0] += 1
            try:
                return fn(*args)
            finally:
                depth[0] -= 1
        return wrapper
    return decorate


@memoize
def fib(n):
    """Fibonacci number n."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"


@trace("enter")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fib(30), fib.hits, len(fib.cache), fib.__name__, fib.__doc__)
print(greet("ann"), greet.__name__, greet("bo", punct="?"))
print(fact(4))


def counter_factory():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c1(10), c2())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), "defaults shared")
print(fact.__name__, fib.__qualname__, greet.__qualname__, (lambda: 0).__qualname__)
