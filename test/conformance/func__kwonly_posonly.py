# Positional-only and keyword-only parameters in a small API: defaults evaluated once,
# introspection of __name__/__qualname__/__doc__, and misuse reported as CPython does.
import_count = 0


def stamp():
    global import_count
    import_count += 1
    return import_count


def clamp(value, /, low=0, high=100, *, strict=False):
    """Clamp value into [low, high]."""
    if strict and not low <= value <= high:
        raise ValueError(f"{value} outside [{low}, {high}]")
    return max(low, min(high, value))


def tag(text, /, *labels, sep=":", created=stamp()):
    return sep.join([text, *labels]) + f"@{created}"


class Api:
    def get(self, path, /, *, timeout=5, retries=0):
        return f"GET {path} t={timeout} r={retries}"

    @staticmethod
    def version(*, major=1, minor=0):
        return f"v{major}.{minor}"


print(clamp(150), clamp(-5, low=-3), clamp(42, 0, 10), clamp(7, high=5, strict=False))
print(tag("a"), tag("b", "x", "y", sep="/"), tag("c"), import_count)
print(Api().get("/users", timeout=1), Api.version(minor=3), Api().version())
print(clamp.__name__, clamp.__qualname__, clamp.__doc__, Api.get.__qualname__, Api.version.__name__)
print(tag.__doc__, (lambda: 0).__name__, Api.get.__name__)
misuse = [
    lambda: clamp(value=5),
    lambda: clamp(5, 1, 2, 3),
    lambda: clamp(5, 1, 2, True),
    lambda: clamp(),
    lambda: clamp(500, strict=True),
    lambda: tag(text="t"),
    lambda: Api().get(path="/"),
    lambda: Api().get("/", 10),
    lambda: Api.version(2),
    lambda: Api.get("/"),
    lambda: Api().get(),
]
for m in misuse:
    try:
        print(m())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def needs(a, b, /, c, *, d, e):
    pass


needs(1, 2, 3)
