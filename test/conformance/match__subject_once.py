# The subject is evaluated exactly once, however many cases are tried; value patterns use ==.

calls = []


def fetch(n):
    calls.append(n)
    return {"status": n % 4, "payload": list(range(n % 3))}


class Status:
    OK = 0
    RETRY = 1
    FAIL = 2


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(f"eq {self.v}?{other}")
        return self.v == other


results = []
for n in range(6):
    match fetch(n):
        case {"status": Status.OK, "payload": []}:
            results.append("ok, empty")
        case {"status": Status.OK, "payload": [first, *_]}:
            results.append(f"ok from {first}")
        case {"status": Status.RETRY}:
            results.append("retry")
        case {"status": Status.FAIL, "payload": p} if len(p) > 1:
            results.append(f"fail with {p}")
        case {"status": s}:
            results.append(f"other status {s}")
print(results)
print("fetch calls:", calls)

calls.clear()
match Loose(3):
    case 1 | 2:
        print("small")
    case 3:
        print("three via __eq__")
print(calls)

counter = iter(range(100))
match next(counter):
    case 1:
        print("one")
    case 0:
        print("zero; next is", next(counter))
