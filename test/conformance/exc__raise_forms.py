# The forms of raise: classes vs instances, from causes, from None, raising non-exceptions,
# exceptions with no args, and handlers that inspect type(e).
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing config key {key!r}")
        self.key = key


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e


def strict_int(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"not an int: {text!r}") from None


def classify(exc):
    try:
        raise exc
    except ConfigError as e:
        return f"config[{e.key}]"
    except AppError as e:
        return f"app({e})"
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}({e})"


cfg = {"host": "localhost"}
print(load(cfg, "host"))
try:
    load(cfg, "port")
except AppError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    strict_int("4x")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print(classify(AppError), classify(AppError("x")), classify(ConfigError("db")), classify(ValueError))
print(repr(AppError()), str(AppError()) == "", AppError().args)
for bad in [42, "oops", None, [ValueError]]:
    try:
        raise bad
    except TypeError as e:
        print(f"raise {bad!r}:", e)
try:
    raise ValueError("outer") from 5
except TypeError as e:
    print("from 5:", e)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print("class cause:", repr(e.__cause__))


class NotAnError:
    pass


try:
    try:
        1 / 0
    except NotAnError:
        pass
except TypeError as e:
    print("except non-exception:", e)
raise ConfigError("timeout") from KeyError("timeout")
