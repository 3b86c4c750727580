# Decorators: logging, memoisation, argument validation and decorator factories.

calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result

    wrapper.__name__ = fn.__name__
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]

        return wrapper

    return decorator


def require_positive(fn):
    def wrapper(x):
        if x <= 0:
            return f"rejected {x}"
        return fn(x)

    return wrapper


@logged
def add(a, b):
    return a + b


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@repeat(3)
def shout(word):
    return word.upper()


@logged
@require_positive
def half(x):
    return x / 2


print("add:")
add(2, 3)
add("a", "b")
print("fib(80) =", fib(80), "cache size", len(fib.cache))
print(shout("hey"))
print("half:")
half(10)
half(-4)
print("calls:", calls)


def counted(fn):
    def wrapper(*args):
        wrapper.count += 1
        return fn(*args)

    wrapper.count = 0
    return wrapper


@counted
def square(x):
    return x * x


print([square(i) for i in range(5)], square.count)
