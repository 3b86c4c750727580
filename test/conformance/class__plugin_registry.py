# A plugin registry built from class decorators, __init_subclass__ and classmethods.
REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return deco


class Plugin:
    priority = 0
    subclasses = []

    def __init_subclass__(cls, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Plugin.subclasses.append(cls.__name__)

    @classmethod
    def create(cls, *args):
        return cls(*args)

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")

    def __repr__(self):
        return f"<{type(self).__name__} priority={self.priority}>"


@register("upper")
class Upper(Plugin, priority=5):
    def run(self, text):
        return text.upper()


@register("strip")
class Strip(Plugin, priority=10):
    def __init__(self, chars=" "):
        self.chars = chars

    def run(self, text):
        return text.strip(self.chars)


@register("reverse")
class Reverse(Plugin):
    def run(self, text):
        return text[::-1]


class Broken(Plugin, priority=1):
    pass


print(Plugin.subclasses)
print(sorted(REGISTRY))
pipeline = sorted((cls.create() for cls in REGISTRY.values()), key=lambda p: -p.priority)
print(pipeline)
text = "  hello plugins  "
for plugin in pipeline:
    text = plugin.run(text)
    print(f"{plugin.plugin_name:>8}: {text!r}")
print(Strip.create("*").run("**x**"), Upper.plugin_name, Reverse.priority)
try:
    Broken().run("x")
except NotImplementedError as e:
    print("not implemented:", e)
print(isinstance(pipeline[0], Plugin), issubclass(Upper, (int, Plugin)))
