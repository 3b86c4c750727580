# Exception chaining: raise ... from ..., implicit chaining, and suppressing with from None.
# (The chain itself is read only by the traceback printer: __cause__/__context__ are not in
# Corral's dunder allowlist, so this program shows chaining through what handlers can see.)


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
        print("error:", type(e).__name__, e, e.args)

try:
    implicit(settings)
except ConfigError as e:
    print("implicit:", repr(e))

try:
    try:
        [][0]
    except IndexError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print("outer:", repr(outer), isinstance(outer, Exception))
except IndexError:
    print("never: the handler sees the new exception, not its cause")

print("final: parsing the port for real")
port = parse_port(settings["port"])
print("unreachable", port)
