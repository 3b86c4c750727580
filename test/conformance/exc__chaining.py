# Exception chaining: raise ... from ..., implicit context, and suppressing with from None.


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def lookup(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"no setting {key}") from None


def implicit(settings):
    try:
        return settings["x"]
    except KeyError:
        raise ConfigError("while handling a missing key")


settings = {"port": "80a"}
for fn, arg in [(parse_port, "8080"), (parse_port, "80a"), (lookup, "host")]:
    try:
        value = fn(arg) if fn is parse_port else fn(settings, arg)
        print("ok", value)
    except ConfigError as e:
        cause = e.__cause__
        print("error:", e, "| cause:", type(cause).__name__ if cause else None, "| suppress:", e.__suppress_context__)

try:
    implicit(settings)
except ConfigError as e:
    print("context:", type(e.__context__).__name__, repr(e.__context__), "cause:", e.__cause__)

try:
    try:
        [][0]
    except IndexError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(outer, "<-", outer.__cause__)

print("final: parsing the port for real")
port = parse_port(settings["port"])
print("unreachable", port)
