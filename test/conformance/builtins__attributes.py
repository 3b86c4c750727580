# getattr/setattr/hasattr/delattr with defaults on a config object, callable(), type(), and errors.
class Config:
    retries = 3

    def __init__(self):
        self.host = "localhost"
        self.port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"

cfg = Config()
for name in ("host", "port", "retries", "timeout"):
    print(name, hasattr(cfg, name), getattr(cfg, name, None))
setattr(cfg, "timeout", 30)
setattr(cfg, "port", getattr(cfg, "port") + 1)
print(cfg.timeout, cfg.port, getattr(cfg, "url")(), callable(getattr(cfg, "url")), callable(cfg.port))
delattr(cfg, "timeout")
print(hasattr(cfg, "timeout"), getattr(cfg, "timeout", "gone"))
overrides = {"host": "example.com", "retries": 5}
for k, v in overrides.items():
    setattr(cfg, k, v)
print(cfg.url(), cfg.retries, Config.retries, type(cfg).__name__, type(cfg) is Config)
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(len), type(range(1)))
print(callable(len), callable(Config), callable(None), callable(lambda: 0), callable("str"))
print(getattr(5, "real"), getattr("abc", "upper")(), getattr([], "nope", "dflt"), hasattr([], "append"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(cfg, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
