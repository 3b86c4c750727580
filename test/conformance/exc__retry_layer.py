# A retry/validation layer: custom exception hierarchy, chaining with from, context, re-raise.
class ServiceError(Exception):
    """Base class for service failures."""


class TransientError(ServiceError):
    def __init__(self, service, attempt):
        super().__init__(f"{service} unavailable (attempt {attempt})")
        self.service = service
        self.attempt = attempt


class ValidationError(ServiceError, ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)

    def __str__(self):
        return f"{self.field}: {self.problem}"


class RetriesExhausted(ServiceError):
    pass


def flaky(service, fail_times):
    calls = {"n": 0}

    def call(payload):
        calls["n"] += 1
        if calls["n"] <= fail_times:
            raise TransientError(service, calls["n"])
        if not isinstance(payload.get("qty"), int):
            raise ValidationError("qty", "must be an int")
        return {"ok": True, "calls": calls["n"], "qty": payload["qty"]}
    return call


def with_retry(fn, payload, attempts=3):
    last = None
    for i in range(attempts):
        try:
            return fn(payload)
        except TransientError as e:
            print("  retry after:", e)
            last = e
        except ValidationError:
            print("  invalid payload, not retrying")
            raise
    raise RetriesExhausted(f"gave up after {attempts} attempts") from last


for name, fails, payload in [("inventory", 1, {"qty": 2}), ("billing", 5, {"qty": 1}), ("shipping", 0, {"qty": "x"})]:
    print(name)
    try:
        print("  result:", with_retry(flaky(name, fails), payload))
    except RetriesExhausted as e:
        print("  exhausted:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    except ValueError as e:
        print("  value error:", e, e.args, isinstance(e, ServiceError), e.__context__)

print(ServiceError.__doc__)
try:
    try:
        with_retry(flaky("audit", 9), {}, attempts=2)
    except RetriesExhausted as e:
        raise RuntimeError("audit failed") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
with_retry(flaky("final", 7), {"qty": 1}, attempts=2)
